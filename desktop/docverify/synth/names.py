"""Built-in name and state lists for synthetic documents (romanised, some with diacritics)."""

from __future__ import annotations

# Each origin: surnames as (male form, female form) and given names as (name, sex).
# Korean given names appear both joined (ROK style: MINJUN) and split (MIN JUN).
ORIGINS: dict[str, dict[str, tuple]] = {
    "korean": {
        "surnames": (("KIM", "KIM"), ("LEE", "LEE"), ("PARK", "PARK"), ("CHOI", "CHOI"),
                     ("JUNG", "JUNG"), ("KANG", "KANG"), ("YOON", "YOON"), ("RI", "RI"),
                     ("PAK", "PAK"), ("HONG", "HONG"), ("NOH", "NOH"), ("RYU", "RYU")),
        "given": (("Minjun", "M"), ("Min Jun", "M"), ("Seoyeon", "F"), ("Ji Hoon", "M"),
                  ("Jiwoo", "F"), ("Won Ho", "M"), ("Hyun Woo", "M"), ("Soo Ah", "F"),
                  ("Chol Ung", "M"), ("Yong Hui", "F"), ("Dohyun", "M"), ("Hayoon", "F")),
    },
    "chinese": {
        "surnames": (("WANG", "WANG"), ("LI", "LI"), ("ZHANG", "ZHANG"), ("LIU", "LIU"),
                     ("CHEN", "CHEN"), ("HUANG", "HUANG"), ("ZHAO", "ZHAO"), ("WU", "WU"),
                     ("ZHOU", "ZHOU"), ("XU", "XU"), ("OUYANG", "OUYANG")),
        "given": (("Xiaoming", "M"), ("Na", "F"), ("Wei", "M"), ("Yang", "M"), ("Jing", "F"),
                  ("Xiuying", "F"), ("Jianguo", "M"), ("Mei Ling", "F"), ("Zihan", "F"),
                  ("Haoran", "M"), ("Yuxuan", "M")),
    },
    "arabic": {
        "surnames": (("Al-Hashimi", "Al-Hashimi"), ("Abdullah", "Abdullah"),
                     ("El Sayed", "El Sayed"), ("Hassan", "Hassan"), ("Al Rashid", "Al Rashid"),
                     ("Khalil", "Khalil"), ("Nasser", "Nasser"), ("Ben Ali", "Ben Ali"),
                     ("Al-Farsi", "Al-Farsi"), ("Haddad", "Haddad"), ("Mansour", "Mansour")),
        "given": (("Mohammed Ahmed", "M"), ("Fatima", "F"), ("Omar", "M"), ("Layla", "F"),
                  ("Youssef", "M"), ("Aisha", "F"), ("Abdul Rahman", "M"), ("Mariam", "F"),
                  ("Khaled", "M"), ("Noor Al Huda", "F"), ("Hussein", "M")),
    },
    "russian": {
        "surnames": (("Ivanov", "Ivanova"), ("Smirnov", "Smirnova"), ("Kuznetsov", "Kuznetsova"),
                     ("Popov", "Popova"), ("Sokolov", "Sokolova"), ("Volkov", "Volkova"),
                     ("Lebedev", "Lebedeva"), ("Vorobyev", "Vorobyeva"), ("Shevchenko",
                                                                          "Shevchenko")),
        "given": (("Aleksandr", "M"), ("Dmitrii", "M"), ("Ekaterina", "F"), ("Olga", "F"),
                  ("Sergei", "M"), ("Anastasiia", "F"), ("Mikhail", "M"), ("Tatiana", "F"),
                  ("Iurii", "M"), ("Natalia", "F")),
    },
    "european": {
        "surnames": (("Müller", "Müller"), ("Schmidt", "Schmidt"), ("Dupont", "Dupont"),
                     ("García López", "García López"), ("Rossi", "Rossi"),
                     ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Janssen", "Janssen"),
                     ("O'Brien", "O'Brien"), ("van der Berg", "van der Berg"),
                     ("Østergaard", "Østergaard"), ("Silva", "Silva"), ("Fernández", "Fernández"),
                     ("Németh", "Németh"), ("Dvořák", "Dvořáková"), ("Andersson", "Andersson"),
                     ("Jäätteenmäki", "Jäätteenmäki"), ("Papadopoulos", "Papadopoulou"),
                     ("Wolfeschlegelsteinhausenbergerdorff", "Wolfeschlegelsteinhausenbergerdorff"),
                     ("Łukasiewicz", "Łukasiewicz"), ("Öztürk", "Öztürk")),
        "given": (("Anna Maria", "F"), ("Jean-Pierre", "M"), ("Sophie", "F"), ("Lukas", "M"),
                  ("María de los Ángeles", "F"), ("Giovanni", "M"), ("Joanna", "F"),
                  ("Søren", "M"), ("Zoë", "F"), ("François Xavier", "M"), ("Björn", "M"),
                  ("Małgorzata", "F"), ("Seán", "M"), ("Eleni", "F"), ("Emma", "F")),
    },
    "other": {
        "surnames": (("Nguyen", "Nguyen"), ("Tanaka", "Tanaka"), ("Singh", "Kaur"),
                     ("Okafor", "Okafor"), ("Santos", "Santos"), ("Yılmaz", "Yılmaz"),
                     ("Sharma", "Sharma"), ("Mwangi", "Mwangi"), ("Cohen", "Cohen"),
                     ("Sato", "Sato"), ("Dela Cruz", "Dela Cruz")),
        "given": (("Van An", "M"), ("Haruto", "M"), ("Priya", "F"), ("Chinedu", "M"),
                  ("Ana Paula", "F"), ("Yuki", "F"), ("Rahul", "M"), ("Wanjiru", "F"),
                  ("David", "M"), ("Thi Mai", "F"), ("Rohan Kumar", "M")),
    },
}

# Issuing states: ISO 3166-1 alpha-3 codes (Germany is written 'D' in the MRZ) with the name
# printed in the visual zone.
STATES: dict[str, str] = {
    "AUT": "REPUBLIK ÖSTERREICH", "BEL": "BELGIQUE", "BRA": "BRASIL", "CAN": "CANADA",
    "CHE": "SCHWEIZ SUISSE SVIZZERA", "CHN": "PEOPLE'S REPUBLIC OF CHINA", "CZE": "ČESKÁ REPUBLIKA",
    "D": "BUNDESREPUBLIK DEUTSCHLAND", "DNK": "DANMARK", "EGY": "ARAB REPUBLIC OF EGYPT",
    "ESP": "REINO DE ESPAÑA", "EST": "EESTI", "FIN": "SUOMI FINLAND", "FRA": "RÉPUBLIQUE FRANÇAISE",
    "GBR": "UNITED KINGDOM", "GRC": "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", "HRV": "REPUBLIKA HRVATSKA",
    "HUN": "MAGYARORSZÁG", "IND": "REPUBLIC OF INDIA", "IRL": "ÉIRE IRELAND", "ISL": "ÍSLAND",
    "ITA": "REPUBBLICA ITALIANA", "JPN": "JAPAN", "KOR": "REPUBLIC OF KOREA",
    "LTU": "LIETUVOS RESPUBLIKA", "LUX": "LUXEMBOURG", "LVA": "LATVIJAS REPUBLIKA",
    "MAR": "ROYAUME DU MAROC", "MEX": "ESTADOS UNIDOS MEXICANOS", "NLD": "KONINKRIJK DER NEDERLANDEN",
    "NOR": "NORGE NOREG", "NZL": "NEW ZEALAND", "POL": "RZECZPOSPOLITA POLSKA", "PRT": "PORTUGAL",
    "ROU": "ROMÂNIA", "RUS": "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "SAU": "KINGDOM OF SAUDI ARABIA",
    "SGP": "REPUBLIC OF SINGAPORE", "SVK": "SLOVENSKÁ REPUBLIKA", "SVN": "REPUBLIKA SLOVENIJA",
    "SWE": "SVERIGE SWEDEN", "TUR": "TÜRKİYE CUMHURİYETİ", "UKR": "УКРАЇНА UKRAINE",
    "USA": "UNITED STATES OF AMERICA", "VNM": "VIET NAM", "ZAF": "REPUBLIC OF SOUTH AFRICA",
    "ARE": "UNITED ARAB EMIRATES", "JOR": "HASHEMITE KINGDOM OF JORDAN", "PHL": "REPUBLIC OF THE PHILIPPINES",
    "IDN": "REPUBLIK INDONESIA", "ARG": "REPÚBLICA ARGENTINA", "CHL": "REPÚBLICA DE CHILE",
    "TWN": "REPUBLIC OF CHINA (TAIWAN)", "UZB": "O'ZBEKISTON RESPUBLIKASI",
}

# Nationalities that occasionally differ from the issuing state (residents, refugees, stateless).
OTHER_NATIONALITIES: tuple[str, ...] = (
    "XXA", "XXB", "SYR", "AFG", "UKR", "IRQ", "ERI", "VEN", "PRK", "GBN", "D", "KOR", "CHN",
)

# Latin letters with a recommended ICAO transliteration other than dropping the diacritic.
TRANSLITERATION: dict[str, str] = {
    "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE",
    "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "İ": "I", "I": "I", "ẞ": "SS",
}
