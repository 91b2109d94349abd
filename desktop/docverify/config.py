"""Every threshold and tunable in one place, so that none hides as a magic number in the code."""

from __future__ import annotations

from dataclasses import dataclass

# --- Input limits: refuse before decoding what would exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_IMAGE_PIXELS = 80_000_000  # about 9000 x 9000
MAX_PDF_PAGES = 20
PDF_RENDER_DPI = 200
MAX_MRZ_TEXT_CHARS = 1000

# --- Dates: ICAO leaves the century implicit.
EXPIRY_YEARS_AHEAD = 20  # an expiry two-digit year up to this far ahead is in this century


@dataclass(frozen=True, slots=True)
class ReadingTunables:
    """Knobs of the MRZ reader."""

    # The longest the reader spends on one image before settling for its best candidate.
    time_budget_s: float = 2.5
    # Working resolution: the image is scaled so its longer side is at most this.
    max_side_px: int = 1600
    # Images whose longer side is shorter than this are enlarged by a whole factor first.
    min_side_px: int = 900
    # Line images are normalised to this height for the recogniser.
    line_height_px: int = 32
    # Characters read with a confidence below this are marked doubtful.
    doubtful_char_confidence: float = 0.80
    # Only characters read with less confidence than this may be swapped for an alternative
    # that makes a check digit validate; at most this many per field are tried.
    repair_below_confidence: float = 0.90
    repair_max_positions: int = 6
    # A repair must be likely as read: the product, over its changes, of the new character's
    # probability over the replaced one's. Tried among up to 6 doubtful places, some swap
    # passes a check digit by chance (1 in 10 each). On reads right but for the repaired
    # places (dev seed 3,100,000 and the tuning variants), repairs below 0.03 were never right
    # (0 of 24) and those above 0.3 nearly always (56 of 57); no two-change repair was right
    # (0 of 7, all below 0.1). A field left failing is a finding an officer sees; a wrong
    # repair passes its check and is not seen.
    repair_min_ratio: float = 0.03
    repair_min_ratio_two: float = 0.1
    # An unknown state code is replaced by a known one only if the alternative is this likely.
    code_repair_min_probability: float = 0.05
    # Failing that, it takes the document's other state code (issuing state <-> nationality)
    # when they differ in at most this many letters, each one the recogniser saw as possible.
    code_partner_max_changes: int = 2
    # How much likelier a state code is when it equals the document's other one: most holders
    # carry their own state's document, so a read INL on an Icelandic passport is ISL (S at
    # 0.03) rather than IRL (R at 0.10). A mild factor: residence cards and refugee documents
    # name another nationality.
    code_partner_prior: float = 10.0
    # A document code's first letter its shape never has (L for a visa's V) takes an allowed
    # letter the recogniser gave at least this probability, the one the check digits favour.
    first_letter_min_probability: float = 0.01
    # A letter the recogniser also saw as a filler at least this share as likely is taken for
    # a filler where a filler belongs: the << a name of several words lacks, and the second
    # character of a document code read K or X (a blurred chevron's arms).
    filler_min_ratio: float = 0.5
    # A name has no check digit: where the recogniser hesitates between letters of a name
    # (its first choice below name_prior_below_confidence, another letter at least
    # name_prior_min_alternative), the spelling scoring best on log P(read) + weight x log
    # P(name-like, reading.name_prior) wins, if it is at least name_prior_min_gain (natural
    # log) more name-like than the first choices: letter trigrams know spellings, not words,
    # and a mild preference (KINGOOM over KINGDOM, 1.5) is no evidence; a misread such as
    # CHRTSTOPHE is 6 from CHRISTOPHE. At most name_prior_max_positions letters per word.
    name_prior_below_confidence: float = 0.90
    name_prior_min_alternative: float = 0.05
    name_prior_weight: float = 0.5
    name_prior_min_gain: float = 2.0
    name_prior_max_positions: int = 3
    # A digit read where a name letter belongs (4 for A) leaves only faint letters among the
    # alternatives: there, each letter the recogniser gave at least this much competes.
    name_prior_min_class_alternative: float = 0.01
    # A spelling that is a known name word (the prior's own lists) counts this much more
    # name-like (natural log) than its letters alone say: ALBERTINE over ALDERTINE.
    name_prior_known_bonus: float = 4.0
    # A name word no list knows becomes a known one by one letter the recogniser also saw there
    # at least name_known_min_alternative likely (JOHV, N at 0.03: JOHN), in words of at least
    # name_known_min_letters letters, when no other known word is within name_known_margin
    # times as likely, and only if the word as read spells unlike names: its trigram
    # log-probability per letter (and end) at most name_known_max_likeness. Real unlisted names
    # read right (ZIHAN -2.64, VELDE -2.41, RACHMAN -1.91) stay; misreads (JOHV -4.5, MADTIN,
    # SAQAH, MEUNIFR) mostly fall below.
    name_known_min_alternative: float = 0.02
    name_known_min_letters: int = 3
    name_known_margin: float = 3.0
    name_known_max_likeness: float = -2.7
    # A second opinion on a name: where a letter of the name reads below
    # viz_names_below_confidence, tesseract reads the visual zone above the MRZ
    # (viz_names_zone_widths of the MRZ's width high, scaled so its print is about
    # viz_names_char_px high, given at most viz_names_timeout_s), and a printed word that
    # agrees at every confident letter settles the doubtful ones (reading.viz_names). It is
    # not asked when less than viz_names_min_time_s of the time budget is left.
    viz_names: bool = True
    viz_names_below_confidence: float = 0.80
    viz_names_zone_widths: float = 0.6
    viz_names_char_px: float = 24.0
    viz_names_timeout_s: float = 2.0
    viz_names_min_time_s: float = 0.5
    # A reading is good enough to stop looking when every check passes and no character is
    # less certain than this.
    early_stop_min_confidence: float = 0.30
    # A reading whose only warnings are unknown state codes ends the search too when every
    # character was read at least this confidently: the code is what the document prints (an
    # old specimen's BDR, a card with no nationality), and no other candidate reads it better.
    early_stop_unknown_code_confidence: float = 0.90
    # Each name word that is a known name word (name_prior) adds this to a candidate reading's
    # score (10 x its mean confidence, less its findings): names have no check digit, so
    # between readings alike in confidence the one spelling real names wins (ERIKSSON, 9.01,
    # over FRIKSSON, 9.05).
    known_name_word_score: float = 0.5
    # A reading that fails its checks gets a second look (other crop margins, fused per
    # character) only when its mean confidence is at least this: garbage is not worth it.
    second_look_min_confidence: float = 0.75
    # The second look also reframes each line: margins above and below, in line heights
    # (the first look uses 0.25). CTC reading shifts with framing, so a doubtful character
    # read differently in another frame is worth a vote.
    second_look_margins: tuple[float, ...] = (0.1, 0.45)
    # A 36-character reading is read again 8 pitches longer (its trailing fillers may have
    # been lost); the longer one is taken when all it adds is fillers read with at least this
    # mean confidence (faint fillers that the locator lost read at about 0.6).
    lengthened_min_filler_confidence: float = 0.5
    # A reading failing its checks whose lines read shorter than its format, but at least
    # lengthened_min_share of it and confidently enough for a second look, is read again with
    # the lines as long as the format plus lengthened_spare_pitches (the locator lost their
    # end: faint fillers and the check digit after them); the longer reading is taken if it
    # passes its checks and scores higher.
    lengthened_min_share: float = 0.67
    lengthened_spare_pitches: int = 2
    # A two-line reading failing its checks whose lines both read within this many characters
    # of a TD1 card's 30 is read again with a third line a pitch before or after it (a card
    # whose other line the locator lost); that reading is taken if it passes its checks.
    card_line_slack: int = 2
    # Candidate MRZ bands tried per orientation, best first.
    max_candidates: int = 4
    # Two collinear blobs are pieces of one text line only if the lower is at least this
    # share of the taller's height: a run of fillers stands about 0.7 of a letter's height,
    # while a boxed label beside the MRZ (a specimen's caption) stands three lines tall.
    line_piece_min_height_ratio: float = 0.5
    # Two detected lines are neighbours in one MRZ when they lie at least this many times the
    # taller one's height apart (and at most 3.2): MRZ lines are 1.75 character heights apart,
    # and blur fattens each line's blob towards its neighbour.
    mate_min_pitch: float = 0.9
    # ...and each line of a band is cropped at most this share of the line pitch high.
    line_max_pitch_share: float = 0.8
    # The second way to see lines (reading.chains), tried when the first finds no complete
    # MRZ: marks of chain_mark_px high (at the locator's working size) inked by an adaptive
    # threshold over blocks of chain_block_share of the page, each linked to the nearest of
    # like height at most chain_max_gap_heights of its height on and chain_max_angle_deg
    # off level; a chain of chain_min_marks marks is a line.
    chain_mark_px: tuple[int, int] = (7, 60)
    chain_block_share: float = 0.03
    chain_max_gap_heights: float = 2.5
    chain_max_angle_deg: float = 20.0
    chain_min_marks: int = 15


READING = ReadingTunables()


@dataclass(frozen=True, slots=True)
class ScreeningTunables:
    """Knobs of watchlist import and name screening (see docverify.watchlist)."""

    # A watchlist file larger than this is refused before it is read.
    max_list_bytes: int = 400 * 1024 * 1024
    # A gzipped list may inflate to at most this many times its compressed size (real lists
    # inflate about 10x; a gzip bomb 1000x), but always to at least max_inflated_floor bytes.
    max_gzip_ratio: int = 40
    max_inflated_floor: int = 32 * 1024 * 1024
    # A listed name, document number, id or note longer than this is cut at import (a real name
    # is at most a few hundred characters; XML, unlike CSV, has no field limit of its own).
    max_field_chars: int = 1000
    # Bands: a hit at or above alert_score alerts; at or above review_score asks for review.
    alert_score: float = 0.85
    review_score: float = 0.70
    # Two name parts below this similarity do not count as matching.
    part_min_similarity: float = 0.72
    # Parts written joined on one side and split on the other must agree at least this well.
    joined_min_similarity: float = 0.92
    # Prefilter: vocabulary parts at or above this similarity to a query part open their postings.
    prefilter_part_similarity: float = 0.70
    # Prefilter: how many names go on to full scoring per list version.
    prefilter_names: int = 100
    # Prefilter: names whose summed part score is below this share of the best are not scored.
    prefilter_keep_ratio: float = 0.65
    # An unmatched listed part (a patronymic, a middle name) weighs this much of a matched one.
    unmatched_listed_weight: float = 0.25
    # ... and this much when the query is the head of the listed name's chain (given, father's,
    # grandfather's names: Mohammad Wali for MOHAMMAD WALI MOHAMMAD EWAZ), every part spelt
    # alike, once a birth date agrees (a year within an approximate one is enough).
    chain_tail_weight: float = 0.10
    # ... a one-part query too (an Afghan's one name; Abdul Samad, Saifullah: a compound given
    # name is one part), spelt exactly as the chain's head, when its weight reaches this (not a
    # common name many listed persons begin with: Adam, Abdul Rahman, Muhammad).
    chain_single_min_weight: float = 0.75
    # A query part that matches nothing weighs this much (1.0: fully)...
    unmatched_query_weight: float = 1.0
    # ...and this much once two query parts match (an extra given name in the query).
    unmatched_query_weight_after_two: float = 0.5
    # Inverse-frequency weights of name parts are clipped to [min_part_weight, 1].
    min_part_weight: float = 0.15
    # Birth date: a consistent date adds this; a matching exact date adds more.
    birth_year_bonus: float = 0.04
    birth_exact_bonus: float = 0.08
    # Years of slack around an "approximately" or "circa" birth year.
    approx_birth_years: int = 2
    # Nationality: agreement adds, disagreement subtracts.
    nationality_bonus: float = 0.03
    nationality_penalty: float = 0.05
    # A name whose only matching part is this common (weight below) is at most a review.
    common_only_cap: float = 0.80
    # A Korean key only close (not equal) to another is worth this much less than its ratio.
    key_partial_penalty: float = 0.10
    # A name matched on at most two listed parts this short (Kim Yong, Li Wei) alerts only
    # with a birth date that agrees; otherwise it is at most a review.
    short_part_len: int = 5
    # ... except a full name of two such parts matched closely, neither a one-syllable Korean
    # or Chinese name and each weighing at least this (Najib Atef, Slewa Roodi: not Kim Chol,
    # Wang Wei, Ozmai Ali), which alerts without a birth date as a longer name does.
    short_pair_min_weight: float = 0.6
    # Two parts not both Korean with the same sound key (Matouk ~ Matuq) are this alike.
    sound_similarity: float = 0.90
    # Two Latin parts of five letters or more differing only in e/i and o/u, as Arabic and
    # Persian names are transliterated (Ebrahimi ~ Ibrahimi, Refke ~ Rifki, Osman ~ Usman).
    vowel_similarity: float = 0.90
    # An Arabic-script part and a Latin one with the same consonant skeleton (محمد ~ Mohammed):
    # below alert_score, so a name matched only so alerts only with a birth date that agrees.
    arabic_skeleton_similarity: float = 0.84
    # ... and with a one-consonant skeleton, when the Latin part is short (عدي ~ Uday).
    arabic_short_skeleton_similarity: float = 0.78
    # Two Latin parts with the same consonant skeleton of four or more (Muhammad ~ Mohamed).
    latin_skeleton_similarity: float = 0.80
    # Two Latin spellings of one Arabic name differing in the letters Persian, Turkish and Urdu
    # usage write s or z (Othman ~ Usman, Dhakir ~ Zakir, Ramadan ~ Ramazan).
    two_way_similarity: float = 0.88
    # A given name and its short form (Chuy ~ Jesus, Sasha ~ Aleksandr, Mohd ~ Muhammad, from
    # resources/data/given_name_short_forms.txt), once the name is spelt at least
    # short_form_min_spelling like the table's.
    short_form_similarity: float = 0.88
    short_form_min_spelling: float = 0.88
    # A part with the Arabic article written joined (Alhusseini, Elmasri) against the same name
    # without it, at most this alike (the rest must match at least subset_min_similarity).
    article_joined_similarity: float = 0.95
    # A single letter matches a part it is the initial of this well (J ~ John).
    initial_similarity: float = 0.75
    # Abd/Abu names in two spellings of the particle (Abdul Manaf ~ Abd al-Manaf).
    particle_similarity: float = 0.95
    # Latin parts compared in a common Slavic spelling (Mykhailo ~ Mikhail) count this less.
    slavic_penalty: float = 0.05
    # A birth date that agrees lets the name parts in common count alone (an alias is often a
    # subset of the listed name: AJAKA, Antoine ~ AJAKA, Tony born the same day), once their
    # summed weight reaches this (an exact day; a year alone needs more); below, scaled down.
    subset_weight_exact_date: float = 0.75
    subset_weight_year: float = 1.8
    # ... and such a score stays below that of the whole name (before the birth date's bonus).
    subset_score_cap: float = 0.90
    # Only parts matched at least this closely count so (Hussein ~ Hsein, 0.83, does not), and
    # only when they are at least this share of the query's or of the listed name's parts.
    subset_min_similarity: float = 0.88
    subset_min_share: float = 0.5
    # A hit on a name the list marks weak or low quality (OFAC's weak a.k.a.s, FAQ 122-124; the
    # UN's Low-quality aliases) scores at most this (below alert_score, so a review) unless the
    # exact birth date agrees or the document number matches.
    weak_alias_max_score: float = 0.84
    # `screen --batch`: this many worker processes (Linux; one elsewhere) for a batch of at
    # least batch_pool_min_rows rows, handed out in chunks of batch_chunk_rows rows.
    batch_workers: int = 2
    batch_pool_min_rows: int = 200
    batch_chunk_rows: int = 50


SCREENING = ScreeningTunables()


@dataclass(frozen=True, slots=True)
class ChecksTunables:
    """Knobs of the consistency and forgery checks (docverify.checks)."""

    # Data: the oldest plausible holder, and the longest validity per document code (first
    # letter), in years. Passports: 10 years plus the up-to-9-months carry-over some states gave.
    max_age_years: int = 110
    max_validity_years: tuple[tuple[str, float], ...] = (
        ("P", 10.75),
        ("I", 15.0),
        ("A", 10.0),
        ("C", 10.0),
        ("V", 10.0),
    )
    # Visual zone: tesseract words below this confidence (0-100) are ignored; a printed value
    # matches the MRZ when their similarity (0-1, after folding) reaches this.
    viz_min_word_conf: float = 30.0
    # The visual zone is scaled so that the MRZ's character height becomes this (px) for OCR,
    # read in one tesseract call with this page segmentation mode, within this time.
    viz_char_px: float = 24.0
    viz_psm: int = 11
    viz_timeout_s: float = 20.0
    # Small images are enlarged up to this factor, the zone kept under this many pixels; the
    # paper is flattened against a background this many MRZ character heights wide, and ink
    # is what lies this share of the way from paper to the darkest ink (labels are lighter).
    viz_max_upscale: float = 3.0
    viz_max_pixels: float = 6.0e6
    viz_background_chars: float = 1.5
    viz_ink_fraction: float = 0.3
    # Read ink as the brightest colour channel (dark in all channels), not as grey luminance.
    viz_colour_ink: bool = True
    # Ink components wider than 4 MRZ character heights and filling less than this share of
    # their box are background curves, not text.
    viz_line_fill: float = 0.15
    viz_match_similarity: float = 0.80
    # A mismatch is critical (not just a warning) when the printed value was read with at least
    # this mean confidence and its similarity to the MRZ value is below this.
    viz_critical_conf: float = 85.0
    viz_critical_similarity: float = 0.5
    # A printed value read with a mean confidence below this that is at most two characters off
    # the MRZ is information only (OCR noise on small or blurred print).
    viz_noisy_conf: float = 80.0
    # Any mismatch read with a mean confidence below this is information only (garbled print).
    viz_min_judge_conf: float = 70.0
    # Photo zone (OpenCV's frontal-face Haar cascade): the page is scaled so that an MRZ pitch is
    # photo_pitch_px pixels (portraits are 6-11 pitches wide); faces under photo_min_face_pitches
    # wide are not searched (ghost portraits are ~3-4); a detection needs this many neighbours.
    # Below photo_min_pitch_px the image is too small to judge; a zone less than this share
    # inside the image is not judged. A second face counts (photo.multiple) when at least this
    # share of the portrait's width and of its support (neighbours): faint ghost images get
    # at most a seventh of the portrait's support on the real specimens (0.14, French ghost).
    photo_pitch_px: float = 6.5
    photo_min_face_pitches: float = 4.0
    photo_min_neighbors: int = 5
    photo_min_pitch_px: float = 3.5
    photo_min_zone_inside: float = 0.6
    photo_second_size: float = 0.6
    photo_second_support: float = 0.3
    # Image hints.
    # Screen recapture: the log power spectrum averaged over up to recapture_max_tiles tiles
    # of the page; among its recapture_candidates strongest high-frequency peaks, the pair
    # with its quarter-turn partner whose weaker peak stands highest over the spectrum's local
    # excess, in robust SDs, must reach recapture_peak_ratio. Tuning seeds: recaptures 13.2-
    # 23.9, genuine synthetic <= 3.9, degraded <= 3.6, real specimens (tuning) <= 7.4 (a
    # Croatian passport judged on 128-px tiles).
    recapture_peak_ratio: float = 10.0
    recapture_tile: int = 256
    # Tiles meeting the MRZ are left out (its fixed-pitch lines are a grid too: a real card's
    # two tiles over it scored 116); the tile is halved down to recapture_min_tile until at
    # least recapture_min_tiles remain, else nothing is judged.
    recapture_min_tiles: int = 4
    recapture_min_tile: int = 128
    recapture_max_tiles: int = 24
    recapture_candidates: int = 8
    greyscale_max_chroma: float = 4.0  # mean |a|+|b| in Lab, 0-255 scale
    # JPEG ghost: a 16x16 block is anomalous when its error dip at the page's former quality
    # is this much shallower (0-1) than the page's; so many such blocks make a hint.
    ela_block_ratio: float = 0.35
    ela_min_blocks: int = 8
    # ... and it asks for a review only when it stands out: at most this share of the other
    # blocks anomalous, and its own density at least this many times that share (or the
    # metadata names an image editor). Real grey web scans have 2-10% anomalous blocks all over.
    ela_max_noise: float = 0.02
    ela_min_contrast: float = 12.0
    # The page's former quality must be this much below the file's own (its last save, read
    # from the quantization table) for the map to tell a compression history: a dip at the
    # file's own quality is that save. Degraded camera JPEGs saved once at 30-95 showed it
    # (q50 page under a saturated light spot, q72 page on a straight photo edge, tuning).
    ela_min_quality_gap: int = 5
    # Blocks with at least ela_max_clipped of their pixels within ela_clip_level of 0 or 255
    # (in a channel) carry no compression evidence: decoding clipped them.
    ela_clip_level: int = 2
    ela_max_clipped: float = 0.05
    # Portrait compression history (image.portrait_history, JPEG files): the photo zone and a
    # margin of this share of its size around it are re-encoded at these qualities; the
    # face's blocks (inset by this share of the face box) are compared with the page's blocks
    # outside the zone (grown by this share); each side needs this many textured blocks.
    # A hint when the page's error dips at its former quality by at least portrait_min_page_dip
    # (1 - median normalised error) and the face's dip is shallower by portrait_min_gap.
    portrait_qualities: tuple[int, ...] = (50, 55, 60, 65, 70, 75, 80, 85, 90, 95)
    portrait_window_margin: float = 0.3
    portrait_face_inset: float = 0.1
    portrait_zone_margin: float = 0.05
    portrait_min_blocks: int = 12
    portrait_min_page_dip: float = 0.3
    portrait_min_gap: float = 0.2
    # Portrait block grid (image.portrait_grid, any file): the portrait's DC and first AC
    # coefficients on each of the 64 8x8 grid offsets (at most portrait_grid_max_blocks blocks
    # each, blocks with clipped pixels left out, and at least portrait_grid_min_blocks non-zero
    # ones to judge) are tested for sitting on multiples of one quantisation step (0-1; ~0.2-0.3
    # for never-compressed content). A hint when the portrait's best offset reaches
    # portrait_grid_min while the page ring around the photo zone, at that same offset, exceeds
    # its own level at other offsets by at most portrait_grid_page_max. Tuning part: a face from
    # a quality-75 JPEG in a PNG page 0.94-0.95 with the ring's excess -0.02-0.01; genuine
    # JPEG pages' own grid 0.78-0.97 with the ring's excess 0.14-0.85; the ICAO specimens'
    # composite portraits keep a faint grid of their own, 0.64-0.66, hence 0.8.
    portrait_grid_max_blocks: int = 200
    portrait_grid_min_blocks: int = 40
    portrait_grid_min: float = 0.8
    portrait_grid_page_max: float = 0.08
    # On a TD1 card's MRZ side (a face found there): the portrait's frame around the face box,
    # in face widths left and right, face heights above and below.
    portrait_frame: tuple[float, float, float] = (0.6, 0.8, 1.2)
    # ... its faces searched at a finer scale than the photo rule's (the photo pitch times
    # this): a pasted synthetic portrait was found on 4 of 4 TD1 pages at 0.65, 0 at 1.0.
    portrait_card_detect_scale: float = 0.65
    # Typography: each character's residuals from its line's fit (position and width in
    # pitches, baseline in cap heights, height and ink weight relative, OCR-B glyph match) are
    # divided by the line's robust spread, never below these floors (what the measurement
    # resolves); the shape's floor also grows with the line's blur (this factor times
    # 1 - median match). A character is flagged when the root of the summed squares reaches
    # glyph_outlier_score.
    # A line with more than this share of its characters flagged is too uneven to judge.
    glyph_floors: tuple[tuple[str, float], ...] = (
        ("dx", 0.015), ("dy", 0.015), ("dh", 0.03), ("dw", 0.02), ("shape", 0.02),
        ("dens", 0.03))
    glyph_shape_blur_floor: float = 0.8
    # The match of a character with its other prints in the same MRZ (kin): its scale is the
    # MRZ's robust spread of those matches, never below glyph_kin_floor nor this factor times
    # 1 - their median (blur and noise lower every match).
    glyph_kin_floor: float = 0.025
    glyph_kin_blur_floor: float = 1.0
    # The match with the OCR-B glyph drawn at the line's size (not stretched onto its box):
    # its scale is the line's robust spread, never below glyph_sized_floor nor this factor
    # times 1 - the line's median (0 floor: the measure is off).
    glyph_sized_floor: float = 0.006
    glyph_sized_blur_floor: float = 0.3
    # A glyph that is a clean OCR-B character other than the one read is a misreading unless
    # its position and size alone score this share of the threshold.
    glyph_misread_geometry: float = 0.5
    # Position, baseline, height and width residuals within this many working pixels (the
    # MRZ scaled to a 24-px pitch) are the measurement's rounding and count as none.
    glyph_deadzone_px: float = 0.5
    glyph_outlier_score: float = 7.0
    glyph_outlier_p90_factor: float = 2.5  # ... or this times the line's 90th-percentile score
    glyph_max_flagged_share: float = 0.15
    # Each character's box is shrunk onto the ink at least this share of its own stroke ink
    # (95th percentile; 0: off), dropping faint specks a patterned paper joins to it.
    glyph_box_level: float = 0.4
    # ... and at least this times the paper's clutter around it (the paper's ink just above
    # and below over the glyph's stroke ink): on a dense guilloche the cut rises above it.
    glyph_box_clutter_factor: float = 1.4
    # A character's residuals are divided by its clutter (the paper's ink just above and
    # below it over its stroke ink) over its line's median clutter, never below this
    # floor (squared for the glyph matches); clean paper measures about 0.08.
    glyph_clutter_floor: float = 0.15


CHECKS = ChecksTunables()


@dataclass(frozen=True, slots=True)
class ChipTunables:
    """Knobs of chip reading and verification."""

    # An EF.SOD, data group or certificate file larger than this is refused before parsing.
    max_object_bytes: int = 2 * 1024 * 1024
    # A master list file larger than this is refused (the German list is ~0.9 MB).
    max_masterlist_bytes: int = 32 * 1024 * 1024
    # A master list issued longer ago than this is reported as old.
    masterlist_max_age_days: int = 180
    # READ BINARY chunk size under secure messaging (fits short APDUs with the SM overhead).
    read_chunk: int = 0xDF
    # A data group announcing more than this is refused (DG2 faces are ~15-30 kB).
    max_data_group_bytes: int = 1024 * 1024
    # The data groups read when EF.COM lists them (DG3/DG4 need Extended Access Control).
    readable_data_groups: tuple[int, ...] = (1, 2, 11, 12, 14, 15)
    # Run Chip Authentication when DG14 offers it (the other data groups are then read under the
    # keys agreed with the chip; a chip without DG14's private key fails).
    chip_authentication: bool = True
    # `chip read` without --mrz/--can takes the MRZ of the newest audit record, if no older than
    # this: a stale MRZ opens no chip, which would look like a silent chip.
    last_scan_max_age_minutes: float = 30.0
    # Longest ordinary-passport validity assumed when resources/data/checks/validity.json has no
    # entry for the state (the UK carried up to 9 months over before 2018): a passport is held to
    # carry a chip (chip.expected_but_silent) only if issued after its state's ePassport date
    # even at this validity.
    passport_max_validity_years: float = 11.0
    # The face similarity hint (chip/face.py): both portraits brought to this size (w, h), the
    # printed one tried at these scales, the chip's trimmed by this many pixels each side to slide
    # over it; below face_hint_low the hint says 'low'. Not calibrated on real faces. On 20
    # synthetic portraits (synth's one cartoon template): the same photo shrunk, brightened,
    # noised, shifted and re-compressed scores 0.96-0.98; another portrait of the template in the
    # same framing 0.71-0.98 (the template differs only in tones: no separation), in another
    # framing 0.62-0.88; noise ~0.1. So it is a hint beside the pictures, never a verdict.
    face_hint_size: tuple[int, int] = (48, 60)
    face_hint_scales: tuple[float, ...] = (1.0, 1.08, 1.16)
    face_hint_shift: int = 4
    face_hint_low: float = 0.5


CHIP = ChipTunables()


@dataclass(frozen=True, slots=True)
class RecordsTunables:
    """Retention, locking and the portrait hash of docverify.records."""

    # Personal fields and kept images of verifications older than this many days are redacted
    # by `docverify audit redact` when no --older-than is given.
    retention_days: int = 365
    # How long a writer waits for another process's write lock before giving up.
    busy_timeout_s: float = 15.0
    # Portrait signature: a 64-bit dHash of the blurred photo zone plus its 4x4 colour (Lab a, b).
    # Two portraits are the same photo when at most portrait_max_bits bits differ and the mean
    # colour difference is at most portrait_max_colour. Measured on synthetic documents (see
    # docs/adr/audit-chain-and-repeat-use-registry.md): a photo pasted into another document differs by <= 6 bits
    # and <= 1.2 colour; 1,305 pairs of different synthetic portraits, drawn from one template,
    # differ by >= 3.3 colour (bits alone cannot tell them apart).
    portrait_max_bits: int = 10
    portrait_max_colour: float = 3.0
    # A photo zone flatter than this (grey-level standard deviation) holds no portrait.
    portrait_min_std: float = 12.0
    # Formats whose MRZ side carries the portrait (a TD1 card has it on the other side).
    portrait_formats: tuple[str, ...] = ("TD2", "TD3", "MRVA", "MRVB")
    # Two names at least this similar (0-100, after folding) are the same name (OCR slack).
    same_name_similarity: float = 90.0


RECORDS = RecordsTunables()
