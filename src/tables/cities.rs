//! Cities that stand alone in a dateline, without a state or country after
//! them.

use super::{Index, keys};

/// A city that datelines name without a state or country after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StandaloneCity {
    /// The city's name as listed, such as "New York", "Kiev" or "São Paulo".
    pub(crate) name: &'static str,
    /// The country, spelled as [`super::countries::country`] returns it.
    pub(crate) country: &'static str,
    /// For US and Canadian cities, the full name of the state, province or
    /// district, spelled as in [`super::regions::Region::name`]; `None`
    /// elsewhere.
    #[allow(dead_code, reason = "table data that not every caller reads")]
    pub(crate) region: Option<&'static str>,
}

/// Builds a US city in the state (or district) `region`.
const fn us(name: &'static str, region: &'static str) -> StandaloneCity {
    StandaloneCity {
        name,
        country: "United States",
        region: Some(region),
    }
}

/// Builds a Canadian city in the province `region`.
const fn canada(name: &'static str, region: &'static str) -> StandaloneCity {
    StandaloneCity {
        name,
        country: "Canada",
        region: Some(region),
    }
}

/// Builds a city outside the United States and Canada.
const fn abroad(name: &'static str, country: &'static str) -> StandaloneCity {
    StandaloneCity {
        name,
        country,
        region: None,
    }
}

/// Stand-alone dateline cities, sorted by [`cmp_ignore_ascii_case`] on the
/// name.
///
/// The US cities are the AP stylebook's list. The rest are the AP's
/// international stand-alone cities plus capitals and business centres that
/// wire services date alone, including older spellings still found in
/// archives ("Peking", "Bombay", "Kiev", "Rangoon", "Leningrad"); a city's
/// country is the one it lies in today. Spellings with and without accents
/// are separate rows.
static CITIES: &[StandaloneCity] = &[
    abroad("Abidjan", "Ivory Coast"),
    abroad("Abu Dhabi", "United Arab Emirates"),
    abroad("Abuja", "Nigeria"),
    abroad("Accra", "Ghana"),
    abroad("Addis Ababa", "Ethiopia"),
    abroad("Aden", "Yemen"),
    abroad("Algiers", "Algeria"),
    abroad("Amman", "Jordan"),
    abroad("Amsterdam", "Netherlands"),
    abroad("Ankara", "Turkey"),
    abroad("Antwerp", "Belgium"),
    abroad("Asuncion", "Paraguay"),
    abroad("Asunción", "Paraguay"),
    abroad("Athens", "Greece"),
    us("Atlanta", "Georgia"),
    abroad("Auckland", "New Zealand"),
    abroad("Baghdad", "Iraq"),
    abroad("Bahrain", "Bahrain"),
    abroad("Baku", "Azerbaijan"),
    us("Baltimore", "Maryland"),
    abroad("Bangalore", "India"),
    abroad("Bangkok", "Thailand"),
    abroad("Barcelona", "Spain"),
    abroad("Basel", "Switzerland"),
    abroad("Basle", "Switzerland"),
    abroad("Basra", "Iraq"),
    abroad("Beijing", "China"),
    abroad("Beirut", "Lebanon"),
    abroad("Belfast", "United Kingdom"),
    abroad("Belgrade", "Serbia"),
    abroad("Bengaluru", "India"),
    abroad("Berlin", "Germany"),
    abroad("Bern", "Switzerland"),
    abroad("Berne", "Switzerland"),
    abroad("Bogota", "Colombia"),
    abroad("Bogotá", "Colombia"),
    abroad("Bombay", "India"),
    abroad("Bonn", "Germany"),
    us("Boston", "Massachusetts"),
    abroad("Brasilia", "Brazil"),
    abroad("Brasília", "Brazil"),
    abroad("Bratislava", "Slovakia"),
    abroad("Brussels", "Belgium"),
    abroad("Bucharest", "Romania"),
    abroad("Budapest", "Hungary"),
    abroad("Buenos Aires", "Argentina"),
    abroad("Cairo", "Egypt"),
    abroad("Calcutta", "India"),
    canada("Calgary", "Alberta"),
    abroad("Canberra", "Australia"),
    abroad("Cape Town", "South Africa"),
    abroad("Caracas", "Venezuela"),
    abroad("Casablanca", "Morocco"),
    abroad("Chennai", "India"),
    us("Chicago", "Illinois"),
    us("Cincinnati", "Ohio"),
    us("Cleveland", "Ohio"),
    abroad("Cologne", "Germany"),
    abroad("Colombo", "Sri Lanka"),
    abroad("Copenhagen", "Denmark"),
    abroad("Dacca", "Bangladesh"),
    abroad("Dakar", "Senegal"),
    us("Dallas", "Texas"),
    abroad("Damascus", "Syria"),
    abroad("Dar es Salaam", "Tanzania"),
    us("Denver", "Colorado"),
    us("Detroit", "Michigan"),
    abroad("Dhaka", "Bangladesh"),
    abroad("Doha", "Qatar"),
    abroad("Dubai", "United Arab Emirates"),
    abroad("Dublin", "Ireland"),
    abroad("Duesseldorf", "Germany"),
    abroad("Dusseldorf", "Germany"),
    abroad("Düsseldorf", "Germany"),
    abroad("East Berlin", "Germany"),
    abroad("Edinburgh", "United Kingdom"),
    canada("Edmonton", "Alberta"),
    abroad("Frankfurt", "Germany"),
    abroad("Gaza City", "Palestinian Territories"),
    abroad("Geneva", "Switzerland"),
    abroad("Glasgow", "United Kingdom"),
    abroad("Guangzhou", "China"),
    abroad("Guatemala City", "Guatemala"),
    abroad("Hamburg", "Germany"),
    abroad("Hanoi", "Vietnam"),
    abroad("Harare", "Zimbabwe"),
    abroad("Havana", "Cuba"),
    abroad("Helsinki", "Finland"),
    abroad("Ho Chi Minh City", "Vietnam"),
    abroad("Hong Kong", "Hong Kong"),
    us("Honolulu", "Hawaii"),
    us("Houston", "Texas"),
    us("Indianapolis", "Indiana"),
    abroad("Islamabad", "Pakistan"),
    abroad("Istanbul", "Turkey"),
    abroad("Jakarta", "Indonesia"),
    abroad("Jeddah", "Saudi Arabia"),
    abroad("Jerusalem", "Israel"),
    abroad("Jidda", "Saudi Arabia"),
    abroad("Johannesburg", "South Africa"),
    abroad("Kabul", "Afghanistan"),
    abroad("Kampala", "Uganda"),
    abroad("Karachi", "Pakistan"),
    abroad("Kathmandu", "Nepal"),
    abroad("Khartoum", "Sudan"),
    abroad("Kiev", "Ukraine"),
    abroad("Kigali", "Rwanda"),
    abroad("Kinshasa", "Democratic Republic of the Congo"),
    abroad("Kolkata", "India"),
    abroad("Kuala Lumpur", "Malaysia"),
    abroad("Kuwait", "Kuwait"),
    abroad("Kuwait City", "Kuwait"),
    abroad("Kyiv", "Ukraine"),
    abroad("La Paz", "Bolivia"),
    abroad("Lagos", "Nigeria"),
    abroad("Lahore", "Pakistan"),
    us("Las Vegas", "Nevada"),
    abroad("Leningrad", "Russia"),
    abroad("Lima", "Peru"),
    abroad("Lisbon", "Portugal"),
    abroad("Ljubljana", "Slovenia"),
    abroad("London", "United Kingdom"),
    us("Los Angeles", "California"),
    abroad("Luanda", "Angola"),
    abroad("Lusaka", "Zambia"),
    abroad("Luxembourg", "Luxembourg"),
    abroad("Lyon", "France"),
    abroad("Macau", "Macau"),
    abroad("Madras", "India"),
    abroad("Madrid", "Spain"),
    abroad("Managua", "Nicaragua"),
    abroad("Manama", "Bahrain"),
    abroad("Manchester", "United Kingdom"),
    abroad("Manila", "Philippines"),
    abroad("Maputo", "Mozambique"),
    abroad("Melbourne", "Australia"),
    abroad("Mexico City", "Mexico"),
    us("Miami", "Florida"),
    abroad("Milan", "Italy"),
    us("Milwaukee", "Wisconsin"),
    us("Minneapolis", "Minnesota"),
    abroad("Minsk", "Belarus"),
    abroad("Mogadishu", "Somalia"),
    abroad("Monaco", "Monaco"),
    abroad("Montevideo", "Uruguay"),
    canada("Montreal", "Quebec"),
    canada("Montréal", "Quebec"),
    abroad("Moscow", "Russia"),
    abroad("Mumbai", "India"),
    abroad("Munich", "Germany"),
    abroad("Muscat", "Oman"),
    abroad("Nairobi", "Kenya"),
    abroad("New Delhi", "India"),
    us("New Orleans", "Louisiana"),
    us("New York", "New York"),
    us("New York City", "New York"),
    abroad("Nicosia", "Cyprus"),
    us("Oklahoma City", "Oklahoma"),
    abroad("Osaka", "Japan"),
    abroad("Oslo", "Norway"),
    canada("Ottawa", "Ontario"),
    abroad("Panama City", "Panama"),
    abroad("Paris", "France"),
    abroad("Peking", "China"),
    us("Philadelphia", "Pennsylvania"),
    us("Phoenix", "Arizona"),
    us("Pittsburgh", "Pennsylvania"),
    abroad("Port of Spain", "Trinidad and Tobago"),
    abroad("Port-au-Prince", "Haiti"),
    abroad("Prague", "Czech Republic"),
    abroad("Pretoria", "South Africa"),
    abroad("Pyongyang", "North Korea"),
    canada("Quebec", "Quebec"),
    canada("Quebec City", "Quebec"),
    abroad("Quito", "Ecuador"),
    abroad("Rabat", "Morocco"),
    abroad("Ramallah", "Palestinian Territories"),
    abroad("Rangoon", "Myanmar"),
    abroad("Reykjavik", "Iceland"),
    abroad("Riga", "Latvia"),
    abroad("Rio de Janeiro", "Brazil"),
    abroad("Riyadh", "Saudi Arabia"),
    abroad("Rome", "Italy"),
    abroad("Rotterdam", "Netherlands"),
    abroad("Saigon", "Vietnam"),
    us("Salt Lake City", "Utah"),
    us("San Antonio", "Texas"),
    us("San Diego", "California"),
    us("San Francisco", "California"),
    abroad("San Marino", "San Marino"),
    abroad("San Salvador", "El Salvador"),
    abroad("Sanaa", "Yemen"),
    abroad("Santiago", "Chile"),
    abroad("Santo Domingo", "Dominican Republic"),
    abroad("Sao Paulo", "Brazil"),
    abroad("Sarajevo", "Bosnia and Herzegovina"),
    us("Seattle", "Washington"),
    abroad("Seoul", "South Korea"),
    abroad("Shanghai", "China"),
    abroad("Shenzhen", "China"),
    abroad("Singapore", "Singapore"),
    abroad("Sofia", "Bulgaria"),
    us("St Louis", "Missouri"),
    us("St. Louis", "Missouri"),
    abroad("Stockholm", "Sweden"),
    abroad("Strasbourg", "France"),
    abroad("Stuttgart", "Germany"),
    abroad("Sydney", "Australia"),
    abroad("São Paulo", "Brazil"),
    abroad("Taipei", "Taiwan"),
    abroad("Tallinn", "Estonia"),
    abroad("Tashkent", "Uzbekistan"),
    abroad("Tbilisi", "Georgia"),
    abroad("Tegucigalpa", "Honduras"),
    abroad("Teheran", "Iran"),
    abroad("Tehran", "Iran"),
    abroad("Tel Aviv", "Israel"),
    abroad("The Hague", "Netherlands"),
    abroad("Tirana", "Albania"),
    abroad("Tokyo", "Japan"),
    canada("Toronto", "Ontario"),
    abroad("Tripoli", "Libya"),
    abroad("Tunis", "Tunisia"),
    abroad("Ulaanbaatar", "Mongolia"),
    abroad("Ulan Bator", "Mongolia"),
    abroad("Valletta", "Malta"),
    canada("Vancouver", "British Columbia"),
    abroad("Vatican City", "Vatican City"),
    abroad("Vienna", "Austria"),
    abroad("Vilnius", "Lithuania"),
    abroad("Warsaw", "Poland"),
    us("Washington", "District of Columbia"),
    abroad("Wellington", "New Zealand"),
    abroad("West Berlin", "Germany"),
    canada("Winnipeg", "Manitoba"),
    abroad("Yangon", "Myanmar"),
    abroad("Yerevan", "Armenia"),
    abroad("Zagreb", "Croatia"),
    abroad("Zurich", "Switzerland"),
    abroad("Zürich", "Switzerland"),
    // written in their own scripts (sorted after every ASCII name)
    abroad("القاهرة", "Egypt"),
    abroad("上海", "China"),
    abroad("北京", "China"),
    abroad("大阪", "Japan"),
    abroad("東京", "Japan"),
    abroad("香港", "Hong Kong"),
];

/// Returns the stand-alone dateline city named `word`.
///
/// The match is exact except for ASCII case, so "NEW YORK" and "new york"
/// both match "New York"; letters outside ASCII must match byte for byte
/// ("São Paulo" matches, "SÃO PAULO" does not, "SAO PAULO" does).
pub(crate) fn standalone_city(word: &str) -> Option<&'static StandaloneCity> {
    let row = INDEX.find(word, |row| CITIES.get(row).map_or("", |c| c.name))?;
    CITIES.get(row)
}

/// [`CITIES`] by name.
static INDEX: Index<1024> = Index::new(&keys!(CITIES, CITIES.len(), row => row.name));

#[cfg(test)]
mod tests {
    use super::super::countries::country;
    use super::super::regions::region;
    use super::super::tests::assert_strictly_sorted;
    use super::{CITIES, standalone_city};

    #[test]
    fn table_is_sorted_without_duplicates() {
        assert_strictly_sorted(CITIES.iter().map(|city| city.name));
        assert_eq!(CITIES.len(), 246);
    }

    #[test]
    fn every_city_is_found_and_consistent() {
        for city in CITIES {
            assert_eq!(standalone_city(city.name), Some(city));
            assert_eq!(country(city.country), Some(city.country), "{city:?}");
            match city.region {
                Some(name) => {
                    let found = region(name);
                    assert_eq!(found.map(|r| r.name), Some(name), "{city:?}");
                    assert_eq!(found.map(|r| r.country), Some(city.country), "{city:?}");
                }
                None => assert!(
                    city.country != "United States" && city.country != "Canada",
                    "{city:?}"
                ),
            }
        }
    }

    #[test]
    fn ap_us_cities() {
        let cases = [
            ("Atlanta", "Georgia"),
            ("Baltimore", "Maryland"),
            ("Boston", "Massachusetts"),
            ("Chicago", "Illinois"),
            ("Cincinnati", "Ohio"),
            ("Cleveland", "Ohio"),
            ("Dallas", "Texas"),
            ("Denver", "Colorado"),
            ("Detroit", "Michigan"),
            ("Honolulu", "Hawaii"),
            ("Houston", "Texas"),
            ("Indianapolis", "Indiana"),
            ("Las Vegas", "Nevada"),
            ("Los Angeles", "California"),
            ("Miami", "Florida"),
            ("Milwaukee", "Wisconsin"),
            ("Minneapolis", "Minnesota"),
            ("New Orleans", "Louisiana"),
            ("New York", "New York"),
            ("Oklahoma City", "Oklahoma"),
            ("Philadelphia", "Pennsylvania"),
            ("Phoenix", "Arizona"),
            ("Pittsburgh", "Pennsylvania"),
            ("St. Louis", "Missouri"),
            ("Salt Lake City", "Utah"),
            ("San Antonio", "Texas"),
            ("San Diego", "California"),
            ("San Francisco", "California"),
            ("Seattle", "Washington"),
            ("Washington", "District of Columbia"),
        ];
        for (name, state) in cases {
            let city = standalone_city(name);
            assert_eq!(city.map(|c| c.name), Some(name));
            assert_eq!(city.and_then(|c| c.region), Some(state), "{name}");
            assert_eq!(city.map(|c| c.country), Some("United States"));
        }
    }

    #[test]
    fn lookups() {
        let cases = [
            ("NEW YORK", Some(("New York", "United States"))),
            ("new york", Some(("New York", "United States"))),
            ("ST. LOUIS", Some(("St. Louis", "United States"))),
            ("London", Some(("London", "United Kingdom"))),
            ("PEKING", Some(("Peking", "China"))),
            ("Kiev", Some(("Kiev", "Ukraine"))),
            ("Kyiv", Some(("Kyiv", "Ukraine"))),
            ("Sao Paulo", Some(("Sao Paulo", "Brazil"))),
            ("SAO PAULO", Some(("Sao Paulo", "Brazil"))),
            ("São Paulo", Some(("São Paulo", "Brazil"))),
            ("SãO PAULO", Some(("São Paulo", "Brazil"))),
            ("Mexico City", Some(("Mexico City", "Mexico"))),
            ("the hague", Some(("The Hague", "Netherlands"))),
            ("Vatican City", Some(("Vatican City", "Vatican City"))),
            ("Hong Kong", Some(("Hong Kong", "Hong Kong"))),
            ("Montreal", Some(("Montreal", "Canada"))),
            ("KUWAIT", Some(("Kuwait", "Kuwait"))),
            ("BAHRAIN", Some(("Bahrain", "Bahrain"))),
            ("Port-au-Prince", Some(("Port-au-Prince", "Haiti"))),
            ("SÃO PAULO", None),
            ("", None),
            ("Springfield", None),
            ("Salvador", None),
            ("New", None),
            ("New York,", None),
            (" London", None),
            ("Londonderry", None),
            ("St Petersburg", None),
            ("Kansas City", None),
        ];
        for (word, expected) in cases {
            let found = standalone_city(word).map(|city| (city.name, city.country));
            assert_eq!(found, expected, "{word:?}");
        }
    }

    #[test]
    fn canadian_cities_carry_their_province() {
        let cases = [
            ("Toronto", "Ontario"),
            ("Ottawa", "Ontario"),
            ("Montréal", "Quebec"),
            ("QUEBEC", "Quebec"),
            ("Vancouver", "British Columbia"),
        ];
        for (name, province) in cases {
            let city = standalone_city(name);
            assert_eq!(city.and_then(|c| c.region), Some(province), "{name}");
            assert_eq!(city.map(|c| c.country), Some("Canada"), "{name}");
        }
    }
}
