"""Country names as lists print them (UN, OFAC, EU, UK), mapped to ISO 3166 alpha-3 codes."""

from __future__ import annotations

import re
import unicodedata

# ISO3|names separated by ";" (lower case, folded). Covers every nationality in the UN and OFAC lists.
_TABLE = """
AFG|afghanistan
ALB|albania
DZA|algeria
AGO|angola
ARG|argentina
ARM|armenia
AUS|australia
AUT|austria
AZE|azerbaijan
BHR|bahrain
BGD|bangladesh
BRB|barbados
BLR|belarus
BEL|belgium
BLZ|belize
BEN|benin
BOL|bolivia;bolivia plurinational state of
BIH|bosnia and herzegovina
BWA|botswana
BRA|brazil
VGB|british virgin islands;virgin islands british
BGR|bulgaria
BFA|burkina faso
MMR|burma;myanmar
BDI|burundi
CPV|cabo verde;cape verde
KHM|cambodia
CMR|cameroon
CAN|canada
CAF|central african republic
TCD|chad
CHL|chile
CHN|china;people s republic of china
HKG|hong kong;china hong kong special administrative region;hong kong china
COL|colombia
COM|comoros
COD|democratic republic of the congo;congo democratic republic of the;drc
COG|congo;republic of the congo;congo republic of the
CRI|costa rica
CIV|cote d ivoire;ivory coast
HRV|croatia
CUB|cuba
CYP|cyprus
CZE|czech republic;czechia
DNK|denmark
DJI|djibouti
DOM|dominican republic
ECU|ecuador
EGY|egypt
SLV|el salvador
GNQ|equatorial guinea
ERI|eritrea
EST|estonia
ETH|ethiopia
FIN|finland
FRA|france
GAB|gabon
GMB|gambia;the gambia
GEO|georgia
DEU|germany
GHA|ghana
GRC|greece
GTM|guatemala
GIN|guinea
GNB|guinea bissau
GUY|guyana
HTI|haiti
HND|honduras
HUN|hungary
ISL|iceland
IND|india
IDN|indonesia
IRN|iran;iran islamic republic of
IRQ|iraq
IRL|ireland
ISR|israel
ITA|italy
JAM|jamaica
JPN|japan
JOR|jordan
KAZ|kazakhstan
KEN|kenya
PRK|democratic people s republic of korea;korea north;north korea;dprk;korea democratic people s republic of
KOR|republic of korea;korea south;south korea;korea republic of
XKX|kosovo
KWT|kuwait
KGZ|kyrgyzstan
LAO|laos;lao people s democratic republic
LVA|latvia
LBN|lebanon
LBR|liberia
LBY|libya
LIE|liechtenstein
LTU|lithuania
LUX|luxembourg
MKD|north macedonia;macedonia the former yugoslav republic of;macedonia
MDG|madagascar
MWI|malawi
MYS|malaysia
MDV|maldives
MLI|mali
MLT|malta
MHL|marshall islands
MRT|mauritania
MUS|mauritius
MEX|mexico
MDA|moldova;republic of moldova
MCO|monaco
MNG|mongolia
MNE|montenegro
MAR|morocco
MOZ|mozambique
NAM|namibia
NPL|nepal
NLD|netherlands
NZL|new zealand
NIC|nicaragua
NER|niger
NGA|nigeria
NOR|norway
OMN|oman
PAK|pakistan
PSE|palestinian;state of palestine;palestine;possibly palestinian;west bank;gaza
PAN|panama
PRY|paraguay
PER|peru
PHL|philippines
POL|poland
PRT|portugal
QAT|qatar
ROU|romania
RUS|russia;russian federation
RWA|rwanda
KNA|saint kitts and nevis
SAU|saudi arabia
SEN|senegal
SRB|serbia
SYC|seychelles
SLE|sierra leone
SGP|singapore
SVK|slovakia
SVN|slovenia
SOM|somalia
ZAF|south africa
SSD|south sudan
ESP|spain
LKA|sri lanka
SDN|sudan
SWE|sweden
CHE|switzerland
SYR|syria;syrian arab republic
TWN|taiwan
TJK|tajikistan
TZA|tanzania;united republic of tanzania
THA|thailand
TGO|togo
TTO|trinidad and tobago
TUN|tunisia
TUR|turkey;turkiye
TKM|turkmenistan
UGA|uganda
UKR|ukraine
ARE|united arab emirates
GBR|united kingdom;united kingdom of great britain and northern ireland;great britain;uk
USA|united states;united states of america;usa
URY|uruguay
UZB|uzbekistan
VEN|venezuela;venezuela bolivarian republic of
VNM|viet nam;vietnam
YEM|yemen
ZMB|zambia
ZWE|zimbabwe
"""


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z]+", " ", text).strip()


_BY_NAME: dict[str, str] = {}
_ISO2: dict[str, str] = {}
for _line in _TABLE.strip().splitlines():
    _code, _names = _line.split("|")
    for _name in _names.split(";"):
        _BY_NAME[_key(_name)] = _code
    _BY_NAME[_code.lower()] = _code
CODES = frozenset(_BY_NAME.values())
# Two-letter codes used by FollowTheMoney and OpenSanctions, for the countries above.
_ISO2_TABLE = (
    "AF AFG AL ALB DZ DZA AO AGO AR ARG AM ARM AU AUS AT AUT AZ AZE BH BHR BD BGD BY BLR BE BEL "
    "BA BIH BR BRA BG BGR MM MMR BI BDI KH KHM CM CMR CA CAN CF CAF TD TCD CL CHL CN CHN HK HKG "
    "CO COL CD COD CG COG CU CUB CY CYP CZ CZE EG EGY ER ERI ET ETH FI FIN FR FRA GE GEO DE DEU "
    "GR GRC IN IND ID IDN IR IRN IQ IRQ IE IRL IL ISR IT ITA JP JPN JO JOR KZ KAZ KE KEN KP PRK "
    "KR KOR XK XKX KW KWT KG KGZ LV LVA LB LBN LY LBY LT LTU MY MYS ML MLI MX MEX MD MDA MN MNG "
    "NL NLD NI NIC NG NGA NO NOR OM OMN PK PAK PS PSE PA PAN PH PHL PL POL QA QAT RU RUS RW RWA "
    "SA SAU RS SRB SG SGP SO SOM ZA ZAF SS SSD ES ESP LK LKA SD SDN SE SWE CH CHE SY SYR TW TWN "
    "TJ TJK TH THA TN TUN TR TUR TM TKM UG UGA UA UKR AE ARE GB GBR US USA UZ UZB VE VEN VN VNM "
    "YE YEM ZW ZWE"
).split()
_ISO2 = dict(zip(_ISO2_TABLE[::2], _ISO2_TABLE[1::2], strict=True))


def to_iso3(text: str | None) -> str | None:
    """The ISO alpha-3 code of a country name or code, or None when unknown."""
    if not text:
        return None
    raw = text.strip()
    if len(raw) == 2 and raw.upper() in _ISO2:
        return _ISO2[raw.upper()]
    return _BY_NAME.get(_key(raw))
