//! The English unit lexicon as data: every written form of a unit, its
//! kind, canonical symbol and factor to the kind's base unit; scale words;
//! currency symbols, codes and names. Adding a unit is a row here plus a
//! test line.
//!
//! Matching is longest-form-first. `words` match case-insensitively at a
//! word boundary; `symbols` match case-sensitively (so `m` is a metre and
//! `M` is not, `t` a tonne and `T` is not).

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::token::{clause_ends, is_word_char};

/// What a claim measures; decides the base unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Percent,
    PercentagePoint,
    Money,
    Area,
    Length,
    Mass,
    Volume,
    Energy,
    Power,
    Concentration,
    Duration,
    Multiple,
    Count,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Percent => "percent",
            Kind::PercentagePoint => "percentage_point",
            Kind::Money => "money",
            Kind::Area => "area",
            Kind::Length => "length",
            Kind::Mass => "mass",
            Kind::Volume => "volume",
            Kind::Energy => "energy",
            Kind::Power => "power",
            Kind::Concentration => "concentration",
            Kind::Duration => "duration",
            Kind::Multiple => "multiple",
            Kind::Count => "count",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        ALL_KINDS.iter().copied().find(|k| k.as_str() == name)
    }
}

pub const ALL_KINDS: [Kind; 13] = [
    Kind::Percent,
    Kind::PercentagePoint,
    Kind::Money,
    Kind::Area,
    Kind::Length,
    Kind::Mass,
    Kind::Volume,
    Kind::Energy,
    Kind::Power,
    Kind::Concentration,
    Kind::Duration,
    Kind::Multiple,
    Kind::Count,
];

/// A unit of measurement (not money: currencies are in [`Currency`]).
#[derive(Debug, PartialEq)]
pub struct Unit {
    pub kind: Kind,
    /// Canonical symbol written in the `unit` column.
    pub symbol: &'static str,
    /// Base unit written in `norm_unit`.
    pub base: &'static str,
    /// `norm_value = value * factor / divisor` (kept apart so that
    /// `1 mu = 1/15 ha` stays exact until the final rounding).
    pub factor: Decimal,
    pub divisor: Decimal,
}

impl Unit {
    /// `value` in the base unit.
    pub fn to_base(&self, value: Decimal) -> Decimal {
        value
            .checked_mul(self.factor)
            .and_then(|v| v.checked_div(self.divisor))
            .unwrap_or(value)
    }
}

struct UnitRow {
    kind: Kind,
    symbol: &'static str,
    base: &'static str,
    /// Factor to base as `numerator / denominator`, numerator a decimal string.
    factor: (&'static str, u32),
    words: &'static [&'static str],
    symbols: &'static [&'static str],
}

const fn row(
    kind: Kind,
    symbol: &'static str,
    base: &'static str,
    factor: (&'static str, u32),
    words: &'static [&'static str],
    symbols: &'static [&'static str],
) -> UnitRow {
    UnitRow {
        kind,
        symbol,
        base,
        factor,
        words,
        symbols,
    }
}

use Kind::*;

#[rustfmt::skip]
const UNIT_ROWS: &[UnitRow] = &[
    row(Percent, "%", "%", ("1", 1),
        // (`4.35 per cent` with a no-break space inside the unit.)
        // (`pc`, `p.c.`: the Pakistani, Indian and Irish press, `26pc`,
        // `3.5 p.c.`; in lower case only: `26 PCs` are computers. `0.3 of
        // one per cent` is 0.3%.)
        &["per cent", "percent", "per-cent", "pct", "percents", "percentage", "per\u{a0}cent",
          "of one per cent", "of a per cent", "of one percent", "of a percent"],
        &["%", "％", "pc", "p.c."]),
    row(PercentagePoint, "pp", "pp", ("1", 1),
        // (`0,3 of a percentage point`: the fraction of one point.)
        &["of a percentage point", "of one percentage point",
          "percentage points", "percentage point", "percentage-point", "percent points", "per cent points",
          "percentage\u{a0}points", "percentage\u{a0}point",
          "pct points", "ppts", "ppt"], &["pp", "pps"]),
    row(PercentagePoint, "bp", "pp", ("0.01", 1), &["basis points", "basis point", "bps"], &["bp"]),
    row(Area, "mu", "ha", ("1", 15), &["mu"], &[]),
    row(Area, "ha", "ha", ("1", 1), &["hectares", "hectare"], &["ha"]),
    row(Area, "km2", "ha", ("100", 1),
        &["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "sq. km",
          "sq.km", "sq kms", "km squared"], &["km2", "km²", "sqkm", "km^2"]),
    row(Area, "sq mi", "ha", ("258.9988110336", 1), &["square miles", "square mile", "sq mi", "sq. mi"],
        &["mi2", "mi²"]),
    row(Area, "m2", "ha", ("0.0001", 1),
        &["square metres", "square meters", "square metre", "square meter", "sq m", "sq. m", "sq.m", "sqm"],
        &["m2", "m²"]),
    row(Area, "acre", "ha", ("0.40468564224", 1), &["acres", "acre"], &[]),
    row(Area, "sq ft", "ha", ("0.000009290304", 1),
        &["square feet", "square foot", "sq ft", "sq. ft", "sq. ft.", "sq.ft", "sqft"], &[]),
    row(Length, "km", "m", ("1000", 1), &["kilometres", "kilometers", "kilometre", "kilometer", "kms"], &["km"]),
    row(Length, "m", "m", ("1", 1), &["metres", "meters", "metre", "meter"], &["m"]),
    row(Length, "mi", "m", ("1609.344", 1), &["miles", "mile"], &["mi"]),
    row(Length, "mm", "m", ("0.001", 1), &["millimetres", "millimeters", "millimetre", "millimeter"], &["mm"]),
    row(Length, "cm", "m", ("0.01", 1), &["centimetres", "centimeters", "centimetre", "centimeter"], &["cm"]),
    row(Length, "dm", "m", ("0.1", 1), &["decimetres", "decimeters", "decimetre", "decimeter"], &["dm"]),
    row(Length, "um", "m", ("0.000001", 1),
        &["micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron"], &["μm", "µm"]),
    row(Length, "nm", "m", ("0.000000001", 1), &["nanometres", "nanometers", "nanometre", "nanometer"], &["nm"]),
    row(Length, "ft", "m", ("0.3048", 1), &["feet", "foot"], &["ft"]),
    row(Length, "in", "m", ("0.0254", 1), &["inches", "inch"], &[]),
    row(Length, "yd", "m", ("0.9144", 1), &["yards", "yard"], &["yd"]),
    row(Energy, "tce", "tce", ("1", 1),
        &["metric tons of standard coal equivalent", "metric tonnes of standard coal equivalent",
          "metric tons of standard coal", "metric tonnes of standard coal",
          "tonnes of standard coal equivalent", "tons of standard coal equivalent", "tonnes of standard coal",
          "tons of standard coal", "tonnes of coal equivalent", "tons of coal equivalent", "tce"], &[]),
    // Oil equivalent stays in its own unit, as coal equivalent does.
    row(Energy, "toe", "toe", ("1", 1),
        &["tonnes of oil equivalent", "tons of oil equivalent", "tonne of oil equivalent",
          "ton of oil equivalent", "toe"], &[]),
    row(Mass, "t", "kg", ("1000", 1),
        &["metric tonnes", "metric tons", "metric ton", "tonnes", "tonne", "tons", "ton"], &["t", "MT"]),
    row(Mass, "kg", "kg", ("1", 1), &["kilograms", "kilogrammes", "kilogram", "kilogramme", "kgs"], &["kg"]),
    row(Mass, "g", "kg", ("0.001", 1), &["grams", "grammes", "gram", "gramme"], &["g"]),
    row(Mass, "jin", "kg", ("0.5", 1), &["jin"], &[]),
    row(Mass, "mg", "kg", ("0.000001", 1), &["milligrams", "milligrammes", "milligram", "milligramme"], &["mg"]),
    row(Mass, "ug", "kg", ("0.000000001", 1),
        &["micrograms", "microgrammes", "microgram", "microgramme", "mcg"], &["μg", "µg", "ug"]),
    row(Mass, "lb", "kg", ("0.45359237", 1), &["pounds", "pound", "lbs"], &["lb"]),
    row(Mass, "oz", "kg", ("0.028349523125", 1), &["ounces", "ounce"], &["oz"]),
    row(Volume, "m3", "m3", ("1", 1),
        &["cubic metres", "cubic meters", "cubic metre", "cubic meter", "cu m"], &["m3", "m³", "cbm"]),
    row(Volume, "L", "m3", ("0.001", 1), &["litres", "liters", "litre", "liter"], &["L", "l"]),
    row(Volume, "mL", "m3", ("0.000001", 1), &["millilitres", "milliliters", "millilitre", "milliliter"],
        &["ml", "mL"]),
    row(Volume, "cL", "m3", ("0.00001", 1), &["centilitres", "centiliters"], &["cl", "cL"]),
    row(Volume, "gal", "m3", ("0.003785411784", 1), &["gallons", "gallon"], &["gal"]),
    row(Volume, "km3", "m3", ("1000000000", 1),
        &["cubic kilometres", "cubic kilometers", "cubic kilometre", "cubic kilometer", "km cubed"],
        &["km3", "km³", "km^3"]),
    row(Volume, "cu ft", "m3", ("0.028316846592", 1), &["cubic feet", "cubic foot", "cu ft"], &[]),
    // Irrigation water: an acre covered a foot deep.
    row(Volume, "acre-ft", "m3", ("1233.48183754752", 1), &["acre-feet", "acre-foot", "acre feet", "acre foot"], &["acre-ft"]),
    // Barrels, also a day (`13.2 million b/d`: the daily volume).
    row(Volume, "bbl", "m3", ("0.158987", 1), &["barrels", "barrel", "bbl"], &["b/d", "bpd", "bbl/d"]),
    // US customary kitchen measures.
    row(Volume, "tsp", "m3", ("0.00000492892159375", 1), &["teaspoons", "teaspoon", "tsp", "tsps"], &[]),
    row(Volume, "tbsp", "m3", ("0.00001478676478125", 1),
        &["tablespoons", "tablespoon", "tbsp", "tbsps"], &[]),
    row(Volume, "cup", "m3", ("0.0002365882365", 1), &["cups", "cup"], &[]),
    row(Energy, "kWh", "kWh", ("1", 1),
        &["kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour", "kilowatthours", "kilowatthour",
          "kwh", "units of electricity",
          "units of free electricity", "units of power"], &[]),
    row(Energy, "MWh", "kWh", ("1000", 1),
        &["megawatt-hours", "megawatt hours", "megawatt-hour", "megawatt hour", "megawatthours", "megawatthour",
          "mwh"], &[]),
    row(Energy, "GWh", "kWh", ("1000000", 1),
        &["gigawatt-hours", "gigawatt hours", "gigawatt-hour", "gigawatt hour", "gigawatthours", "gigawatthour",
          "gwh"], &[]),
    row(Energy, "TWh", "kWh", ("1000000000", 1),
        &["terawatt-hours", "terawatt hours", "terawatt-hour", "terawatt hour", "terawatthours", "terawatthour",
          "twh"], &[]),
    row(Energy, "Wh", "kWh", ("0.001", 1), &["watt-hours", "watt hours", "watt-hour", "watt hour"], &["Wh"]),
    // 1 kWh = 3.6 MJ. Plain joules are left out: a joule is 0.0000003 kWh,
    // below the ledger's six decimals.
    row(Energy, "kJ", "kWh", ("1", 3600), &["kilojoules", "kilojoule"], &["kJ"]),
    row(Energy, "MJ", "kWh", ("5", 18), &["megajoules", "megajoule"], &["MJ"]),
    row(Energy, "GJ", "kWh", ("2500", 9), &["gigajoules", "gigajoule"], &["GJ"]),
    row(Energy, "TJ", "kWh", ("2500000", 9), &["terajoules", "terajoule"], &["TJ"]),
    row(Energy, "PJ", "kWh", ("2500000000", 9), &["petajoules", "petajoule"], &["PJ"]),
    row(Energy, "EJ", "kWh", ("2500000000000", 9), &["exajoules", "exajoule"], &["EJ"]),
    row(Power, "W", "kW", ("0.001", 1), &["watts", "watt"], &["W"]),
    row(Power, "kW", "kW", ("1", 1), &["kilowatts", "kilowatt"], &["kW", "KW"]),
    row(Power, "MW", "kW", ("1000", 1), &["megawatts", "megawatt"], &["MW"]),
    row(Power, "GW", "kW", ("1000000", 1), &["gigawatts", "gigawatt"], &["GW"]),
    row(Concentration, "ug/m3", "ug/m3", ("1", 1),
        &["micrograms per cubic metre", "micrograms per cubic meter"],
        &["μg/m3", "µg/m3", "μg/m³", "µg/m³", "ug/m3", "ug/m³", "μg/cubic meter", "µg/cubic meter"]),
    row(Concentration, "mg/m3", "mg/m3", ("1", 1),
        &["milligrams per cubic metre", "milligrams per cubic meter"], &["mg/m3", "mg/m³"]),
    row(Concentration, "mg/L", "mg/L", ("1", 1),
        &["milligrams per litre", "milligrams per liter"], &["mg/L", "mg/l"]),
    // `atmospheric CO2 concentrations (410 parts per million)`: a mixing
    // ratio, kept in its own unit.
    row(Concentration, "ppm", "ppm", ("1", 1), &["parts per million"], &["ppm"]),
    row(Concentration, "ppb", "ppb", ("1", 1), &["parts per billion"], &["ppb"]),
    row(Duration, "year", "year", ("1", 1), &["years", "year", "yrs", "yr"], &[]),
    row(Duration, "month", "month", ("1", 1), &["months", "month"], &[]),
    row(Duration, "week", "week", ("1", 1), &["weeks", "week"], &[]),
    row(Duration, "day", "day", ("1", 1), &["days", "day"], &[]),
    row(Duration, "hour", "hour", ("1", 1), &["hours", "hour", "hrs", "hr"], &[]),
    row(Duration, "minute", "minute", ("1", 1), &["minutes", "minute", "mins"], &[]),
    // (Only the plural: `the second` is an ordinal.)
    row(Duration, "second", "second", ("1", 1), &["seconds", "secs"], &[]),
    // `grew for three quarters`, `the last two quarters`: quarters of a
    // year, three months each (`three quarters of the population` is a
    // fraction: `nonclaim::ratio`).
    row(Duration, "quarter", "month", ("3", 1), &["quarters", "quarter"], &[]),
    // `over the last two decades` is twenty years.
    row(Duration, "decade", "year", ("10", 1), &["decades", "decade"], &[]),
    row(Multiple, "x", "x", ("1", 1), &["times", "fold"], &["x", "×"]),
];

/// Units that carry a scale (`165 bcm` is 165 billion cubic metres,
/// `4.7 Mt` 4.7 million tonnes): form, case-sensitive, scale, unit symbol.
#[rustfmt::skip]
const SCALED_UNIT_FORMS: &[(&str, bool, u64, &str)] = &[
    ("bcm", false, 1_000_000_000, "m3"), ("mcm", false, 1_000_000, "m3"),
    ("Mt", true, 1_000_000, "t"), ("Gt", true, 1_000_000_000, "t"), ("kt", true, 1_000, "t"),
    ("kilotonnes", false, 1_000, "t"), ("kilotons", false, 1_000, "t"),
    ("megatonnes", false, 1_000_000, "t"), ("megatons", false, 1_000_000, "t"),
    // Greenhouse gases in CO2 equivalent, the gas glued to the unit:
    // `59 GtCO2-eq`, `9 tCO2-eq per capita`.
    ("GtCO2-eq", true, 1_000_000_000, "t"), ("GtCO2eq", true, 1_000_000_000, "t"),
    ("GtCO2e", true, 1_000_000_000, "t"), ("GtCO2", true, 1_000_000_000, "t"),
    ("MtCO2-eq", true, 1_000_000, "t"), ("MtCO2eq", true, 1_000_000, "t"),
    ("MtCO2e", true, 1_000_000, "t"), ("MtCO2", true, 1_000_000, "t"),
    ("tCO2-eq", true, 1, "t"), ("tCO2eq", true, 1, "t"), ("tCO2e", true, 1, "t"), ("tCO2", true, 1, "t"),
    ("Mtce", true, 1_000_000, "tce"), ("Mtoe", true, 1_000_000, "toe"), ("ktoe", true, 1_000, "toe"),
    // Oil: thousand and million barrels a day: `970 kb/d`, `103.5 mb/d`
    // (not a bare `mb`: megabytes).
    ("mb/d", true, 1_000_000, "bbl"), ("kb/d", true, 1_000, "bbl"), ("mbpd", true, 1_000_000, "bbl"),
];

/// A unit written with its scale at the start of `rest`: the unit, the
/// scale and the form's length.
pub fn scaled_unit_at(rest: &str) -> Option<(&'static Unit, u64, usize)> {
    let ((scale, symbol), len) = LEXICON.scaled_forms.find(rest)?;
    Some((unit_by_symbol(symbol)?, scale, len))
}

/// Unit symbols that are also common words (`in`): a unit only where the
/// clause ends after them or a dimension adjective follows (`2 in.`, `2
/// 1/2 in thick`), never before the object of a preposition (`5 in 2023`,
/// `3 in the region`). Form (case-sensitive) and canonical symbol.
const CLAUSE_FINAL_SYMBOLS: &[(&str, &str)] = &[("in", "in")];

/// Words after a length that say which dimension it measures.
const DIMENSION_ADJECTIVES: &[&str] = &["thick", "long", "wide", "tall", "high", "deep"];

/// A [`CLAUSE_FINAL_SYMBOLS`] unit at the start of `rest`, with its length.
pub fn clause_final_unit_at(rest: &str) -> Option<(&'static Unit, usize)> {
    let &(form, symbol) = CLAUSE_FINAL_SYMBOLS
        .iter()
        .find(|(form, _)| starts_with_form(rest, form, true))?;
    let after = rest[form.len()..].trim_start();
    let dimension = DIMENSION_ADJECTIVES
        .iter()
        .any(|w| starts_with_form(after, w, false));
    (clause_ends(&rest[form.len()..]) || dimension)
        .then(|| unit_by_symbol(symbol).map(|u| (u, form.len())))?
}

/// Units written as a whole and a part (`5 feet 2 inches`, `3 lb 4 oz`):
/// the whole's symbol, the part's symbol, parts per whole.
pub const COMPOUND_UNITS: &[(&str, &str, u32)] = &[("ft", "in", 12), ("lb", "oz", 16)];

/// Words that may stand between a number and a duration unit
/// (`eight consecutive years`).
pub const DURATION_MODIFIERS: &[&str] = &["consecutive", "straight", "successive", "full", "more"];

/// Scale words spelled in full, singular, and their multipliers: they
/// scale a number in digits (`2.39 billion`, `5 crore`) and one in words
/// (`two million`, `a hundred`), so `number` reads its word scales here.
#[rustfmt::skip]
pub const SCALE_NAMES: &[(&str, u64)] = &[
    ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000), ("lakh", 100_000), ("crore", 10_000_000), ("hundred", 100),
];

/// The other written forms of the scale words, plurals and variant
/// spellings, which scale only a number in digits (`5 crores`, `2 lacs`).
#[rustfmt::skip]
pub const SCALE_VARIANTS: &[(&str, u64)] = &[
    ("lakhs", 100_000), ("lac", 100_000), ("lacs", 100_000), ("crores", 10_000_000),
];

/// The abbreviated scale words, which scale only a number in digits
/// (`$3 bn`, `4.5 mln`); their full stop ends no sentence (`sentence`
/// reads them as abbreviations).
#[rustfmt::skip]
pub const SCALE_ABBREVIATIONS: &[(&str, u64)] = &[
    ("bn", 1_000_000_000), ("mn", 1_000_000), ("mln", 1_000_000), ("bln", 1_000_000_000),
    ("tn", 1_000_000_000_000), ("trn", 1_000_000_000_000),
];

/// Every scale word with its multiplier: the names, then their variants
/// and abbreviations.
pub fn scale_words() -> impl Iterator<Item = &'static (&'static str, u64)> {
    SCALE_NAMES
        .iter()
        .chain(SCALE_VARIANTS)
        .chain(SCALE_ABBREVIATIONS)
}

/// Short scale abbreviations that only mean a multiplier after a currency
/// (`€40m`, `$3k`); elsewhere `m` is a metre.
pub const MONEY_SCALE_ABBREVIATIONS: &[(&str, u64)] = &[
    ("m", 1_000_000),
    ("k", 1_000),
    ("b", 1_000_000_000),
    ("t", 1_000_000_000_000),
];

/// Words after a number with a glued `m` that make the `m` a million, not
/// a metre (`22.6m men and women`, `17.3m were in the euro area`, `3m
/// people`): people counted, and the plural verbs they are counted with. (A unit
/// or currency after it does too: `2.5m tonnes`; see [`glued_million_at`].)
#[rustfmt::skip]
pub const MILLION_M_NEXT_WORDS: &[&str] = &[
    "people", "persons", "men", "women", "children", "adults", "residents", "households",
    "families", "jobs", "workers", "employees", "unemployed", "visitors", "tourists",
    "passengers", "users", "customers", "voters", "pupils", "students", "patients",
    // (plural verbs only: `1m is equal to 10 dm` is a metre)
    "were", "are", "have",
];

/// Nouns of a rate: points of a rate named before them in the clause are
/// percentage points (`the participation rate decreased 0.2 pts, but
/// remained at 64.7%`).
pub const RATE_NOUNS: &[&str] = &["rate", "rates"];

/// Nouns of people counted that, earlier in the clause of a change, make
/// a glued `m` a million (`the number of jobless people fell from 1.4m to
/// 1.2m`, `employment rose to 17.3m`): the people nouns of
/// [`MILLION_M_NEXT_WORDS`] and the counts they are reported as.
#[rustfmt::skip]
pub const MILLION_M_SUBJECTS: &[&str] = &[
    "employment", "unemployment", "population", "jobless", "claimants", "migrants",
    "immigrants", "emigrants", "births", "deaths", "subscribers", "viewers", "members",
];

/// Words right before a glued `m` that put it in a change (`to 17.3m`,
/// `from 1.4m`, `by 2.1m`); a count noun earlier in the clause then makes
/// it a million.
const MILLION_M_CHANGE_LINKS: &[&str] = &["to", "from", "by"];

/// `17.3m were`, `2.5m tonnes`: a lowercase `m` glued to a number (at the
/// start of `rest`, which follows the digits) that is a million, not a
/// metre, because the word after it is one of [`MILLION_M_NEXT_WORDS`] or
/// a unit other than a length or a currency, or because the change it
/// ends counts people (see [`counted_change_before`]). Elsewhere (`a 2.5m
/// high wall`, `12m wide`) a glued `m` is a metre. `before` is the text up
/// to the end of the digits.
pub fn glued_million_at(before: &str, rest: &str) -> Option<(u64, usize)> {
    let tail = rest.strip_prefix('m')?;
    if tail.starts_with(is_word_char) {
        return None;
    }
    if counted_change_before(before) {
        return Some((1_000_000, 1));
    }
    let after = rest.strip_prefix("m ")?;
    let word = after.split(|c: char| !c.is_alphabetic()).next()?;
    let counted = MILLION_M_NEXT_WORDS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    let unit = unit_at(after).is_some_and(|(u, _)| u.kind != Kind::Length);
    (counted || unit || currency_suffix_at(after).is_some()).then_some((1_000_000, 1))
}

/// Does the number ending `before` end a change of a count? Either the
/// other member of the change is a plain count far above it (`rose
/// 131,000 to 17.3m`: a rise of 131,000 metres to 17.3 is no reading, so
/// the `m` scales it), or it follows `to`/`from`/`by` in a clause that
/// names people counted (`jobless people fell from 1.4m to 1.2m`).
fn counted_change_before(before: &str) -> bool {
    let numeral = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let value: Option<f64> = before[numeral.len()..].replace(',', "").parse().ok();
    let mut words = numeral
        .rsplit(|c: char| !(c.is_alphanumeric() || c == ',' || c == '.'))
        .filter(|w| !w.is_empty());
    let Some(link) = words.next() else {
        return false;
    };
    if !MILLION_M_CHANGE_LINKS
        .iter()
        .any(|w| link.eq_ignore_ascii_case(w))
    {
        return false;
    }
    // (The clause: back to a full stop or a semicolon before a space, or
    // a line break; at most 160 bytes, so the look-back stays bounded.)
    let window = &numeral[numeral.floor_char_boundary(numeral.len().saturating_sub(160))..];
    let clause_start = window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == '\n'
                || (matches!(c, '.' | ';') && window[i + 1..].starts_with(char::is_whitespace))
        })
        .map_or(0, |(i, _)| i + 1);
    let clause = &window[clause_start..];
    let mut back = clause
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    back.next();
    // `rose 131,000 to 17.3m`: the change's other member, a plain count.
    let partner = back
        .next()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with(['%', 'm']))
        .and_then(|w| w.trim_end_matches(',').replace(',', "").parse::<f64>().ok());
    if let (Some(partner), Some(value)) = (partner, value)
        && partner >= 1000.0
        && partner > value
    {
        return true;
    }
    clause.split(|c: char| !c.is_alphabetic()).any(|w| {
        MILLION_M_SUBJECTS
            .iter()
            .chain(MILLION_M_NEXT_WORDS.iter().take_while(|w| **w != "were"))
            .any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// A currency as written in the ledger: an ISO 4217 code, or the document's
/// own dollar where only `$` or `dollars` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    Code(&'static str),
    /// A bare `$` / `dollars`: resolved with the document's currency.
    Dollar,
    /// A bare `¥`: yuan in a Chinese context, else yen.
    Yen,
    /// `Rs`, `rupees`: the rupee of the document's country (Indian unless
    /// the document is Sri Lankan, Pakistani or Nepali).
    Rupee,
    /// A currency word several countries use (`shillings`, `pesos`,
    /// `dinars`, `CFA francs`): the [`CurrencyFamily`] of this name,
    /// resolved with the document's country evidence.
    Family(&'static str),
}

/// Currency written before the number (`US$3 trillion`, `Rs 5 crore`).
/// Matched ASCII-case-insensitively; `HK $` may have a space before `$`.
/// Letter codes need a word boundary before them.
#[rustfmt::skip]
pub const CURRENCY_PREFIXES: &[(&str, Currency)] = &[
    ("US$", Currency::Code("USD")), ("U.S.$", Currency::Code("USD")), ("HK$", Currency::Code("HKD")),
    ("S$", Currency::Code("SGD")), ("SG$", Currency::Code("SGD")), ("A$", Currency::Code("AUD")),
    ("AU$", Currency::Code("AUD")), ("C$", Currency::Code("CAD")), ("CA$", Currency::Code("CAD")),
    ("NZ$", Currency::Code("NZD")), ("NT$", Currency::Code("TWD")), ("R$", Currency::Code("BRL")),
    ("USD$", Currency::Code("USD")), ("AUD$", Currency::Code("AUD")), ("CAD$", Currency::Code("CAD")),
    ("NZD$", Currency::Code("NZD")), ("MXN$", Currency::Code("MXN")), ("Mex$", Currency::Code("MXN")),
    ("HKD$", Currency::Code("HKD")), ("SGD$", Currency::Code("SGD")), ("₿", Currency::Code("BTC")),
    ("RMB¥", Currency::Code("CNY")), ("$", Currency::Dollar),
    ("€", Currency::Code("EUR")), ("£", Currency::Code("GBP")), ("₹", Currency::Code("INR")),
    ("¥", Currency::Yen), ("￥", Currency::Yen), ("₩", Currency::Code("KRW")), ("₽", Currency::Code("RUB")),
    ("₺", Currency::Code("TRY")), ("₱", Currency::Code("PHP")), ("₦", Currency::Code("NGN")),
    ("Rs.", Currency::Rupee), ("Rs", Currency::Rupee),
    // Capital-letter signs (`R1.73 trillion`, `P6.352 trillion`,
    // `K952 billion`), money only where the document names the sign's
    // country: see [`LETTER_SIGNS`] (the code here is a placeholder).
    ("MK", Currency::Code("MWK")), ("R", Currency::Code("ZAR")), ("P", Currency::Code("PHP")),
    ("K", Currency::Code("ZMW")), ("E", Currency::Code("SZL")), ("N", Currency::Code("NGN")),
    ("RM", Currency::Code("MYR")),
    ("Rp.", Currency::Code("IDR")), ("Rp", Currency::Code("IDR")), ("GH¢", Currency::Code("GHS")),
    ("GH₵", Currency::Code("GHS")), ("₵", Currency::Code("GHS")), ("USh", Currency::Code("UGX")),
    ("TSh", Currency::Code("TZS")), ("Dhs", Currency::Code("AED")), ("E£", Currency::Code("EGP")),
    // The IMF's special drawing rights.
    ("SDR", Currency::Code("XDR")), ("XDR", Currency::Code("XDR")),
    ("INR", Currency::Code("INR")), ("RMB", Currency::Code("CNY")), ("CNY", Currency::Code("CNY")),
    ("LKR", Currency::Code("LKR")), ("NPR", Currency::Code("NPR")),
    ("USD", Currency::Code("USD")), ("HKD", Currency::Code("HKD")), ("SGD", Currency::Code("SGD")),
    ("EUR", Currency::Code("EUR")), ("GBP", Currency::Code("GBP")), ("JPY", Currency::Code("JPY")),
    ("AUD", Currency::Code("AUD")), ("CAD", Currency::Code("CAD")), ("CHF", Currency::Code("CHF")),
    ("KSh", Currency::Code("KES")), ("Ksh", Currency::Code("KES")), ("KES", Currency::Code("KES")),
    // Kenyan reports glue `Kshs.` to the amount: `Kshs.387.43 billion`.
    ("Kshs.", Currency::Code("KES")), ("Kshs", Currency::Code("KES")), ("KShs.", Currency::Code("KES")),
    ("KShs", Currency::Code("KES")), ("Ksh.", Currency::Code("KES")), ("KSh.", Currency::Code("KES")),
    ("Tk", Currency::Code("BDT")), ("BDT", Currency::Code("BDT")), ("NGN", Currency::Code("NGN")),
    ("PKR", Currency::Code("PKR")), ("ZAR", Currency::Code("ZAR")), ("NZD", Currency::Code("NZD")),
    ("KRW", Currency::Code("KRW")), ("TWD", Currency::Code("TWD")), ("MYR", Currency::Code("MYR")),
    ("IDR", Currency::Code("IDR")), ("THB", Currency::Code("THB")), ("PHP", Currency::Code("PHP")),
    ("VND", Currency::Code("VND")), ("BRL", Currency::Code("BRL")), ("MXN", Currency::Code("MXN")),
];

/// A currency written after the number and its scale (`2.39 billion yuan`,
/// `50 cents`): the currency, and whether the word names its hundredth.
#[rustfmt::skip]
pub const CURRENCY_SUFFIXES: &[(&str, Currency, bool)] = &[
    ("yuan", Currency::Code("CNY"), false), ("renminbi", Currency::Code("CNY"), false),
    ("rmb", Currency::Code("CNY"), false), ("cny", Currency::Code("CNY"), false),
    ("chinese yuan", Currency::Code("CNY"), false), ("kuai", Currency::Code("CNY"), false),
    ("us dollars", Currency::Code("USD"), false), ("us dollar", Currency::Code("USD"), false),
    ("u.s. dollars", Currency::Code("USD"), false), ("u.s. dollar", Currency::Code("USD"), false),
    ("american dollars", Currency::Code("USD"), false), ("usd", Currency::Code("USD"), false),
    ("hong kong dollars", Currency::Code("HKD"), false), ("hk dollars", Currency::Code("HKD"), false),
    ("hkd", Currency::Code("HKD"), false), ("singapore dollars", Currency::Code("SGD"), false),
    ("sgd", Currency::Code("SGD"), false), ("australian dollars", Currency::Code("AUD"), false),
    ("aud", Currency::Code("AUD"), false), ("canadian dollars", Currency::Code("CAD"), false),
    ("cad", Currency::Code("CAD"), false), ("new zealand dollars", Currency::Code("NZD"), false),
    ("dollars", Currency::Dollar, false), ("dollar", Currency::Dollar, false),
    ("cents", Currency::Dollar, true), ("cent", Currency::Dollar, true),
    ("euros", Currency::Code("EUR"), false), ("euro", Currency::Code("EUR"), false),
    ("eur", Currency::Code("EUR"), false), ("pounds sterling", Currency::Code("GBP"), false),
    ("pounds", Currency::Code("GBP"), false), ("pound", Currency::Code("GBP"), false),
    ("sterling", Currency::Code("GBP"), false), ("gbp", Currency::Code("GBP"), false),
    ("pence", Currency::Code("GBP"), true), ("pennies", Currency::Code("GBP"), true),
    ("penny", Currency::Code("GBP"), true),
    // `30.5 øre per kWh`: the hundredth of the Norwegian and Danish krone,
    // and `öre` of the Swedish krona.
    ("øre", Currency::Family("krone"), true), ("öre", Currency::Family("krona"), true),
    ("rupees", Currency::Rupee, false), ("rupee", Currency::Rupee, false),
    ("paise", Currency::Rupee, true), ("paisa", Currency::Rupee, true),
    ("inr", Currency::Code("INR"), false), ("yen", Currency::Code("JPY"), false),
    ("jpy", Currency::Code("JPY"), false), ("swiss francs", Currency::Code("CHF"), false),
    ("francs", Currency::Family("franc"), false), ("chf", Currency::Code("CHF"), false),
    ("pesetas", Currency::Code("ESP"), false), ("dutch guilders", Currency::Code("NLG"), false),
    ("guilders", Currency::Code("NLG"), false), ("deutsche marks", Currency::Code("DEM"), false),
    ("finnish markka", Currency::Code("FIM"), false), ("markka", Currency::Code("FIM"), false),
    ("mexican pesos", Currency::Code("MXN"), false), ("pesos", Currency::Family("peso"), false),
    ("roubles", Currency::Code("RUB"), false), ("rubles", Currency::Code("RUB"), false),
    ("ringgit", Currency::Code("MYR"), false), ("baht", Currency::Code("THB"), false),
    ("rand", Currency::Code("ZAR"), false), ("dirhams", Currency::Family("dirham"), false),
    ("riyals", Currency::Family("riyal"), false), ("naira", Currency::Code("NGN"), false),
    ("taka", Currency::Code("BDT"), false), ("rupiah", Currency::Code("IDR"), false),
    ("won", Currency::Code("KRW"), false), ("kronor", Currency::Code("SEK"), false),
    ("zloty", Currency::Code("PLN"), false), ("hryvnia", Currency::Code("UAH"), false),
    ("turkish lira", Currency::Code("TRY"), false), ("lira", Currency::Code("TRY"), false),
    ("bitcoins", Currency::Code("BTC"), false), ("bitcoin", Currency::Code("BTC"), false),
    ("btc", Currency::Code("BTC"), false),
    ("$", Currency::Dollar, false), ("€", Currency::Code("EUR"), false), ("£", Currency::Code("GBP"), false),
    ("₹", Currency::Code("INR"), false), ("¥", Currency::Yen, false), ("元", Currency::Code("CNY"), false),
    ("₩", Currency::Code("KRW"), false), ("₽", Currency::Code("RUB"), false), ("₺", Currency::Code("TRY"), false),
    ("₫", Currency::Code("VND"), false), ("₱", Currency::Code("PHP"), false), ("₦", Currency::Code("NGN"), false),
    ("฿", Currency::Code("THB"), false), ("₡", Currency::Code("CRC"), false), ("₾", Currency::Code("GEL"), false),
    ("₭", Currency::Code("LAK"), false), ("₪", Currency::Code("ILS"), false), ("₴", Currency::Code("UAH"), false),
];

/// Evidence for a document's own dollar, counted over the whole text: the
/// currency with most mentions wins; with none, `$` is the US dollar. A
/// country's provinces, states and capital are its markers too: a
/// Statistics Canada release names Ontario and Alberta, never "Canada";
/// a state budget names its state, not Australia.
#[rustfmt::skip]
const DOLLAR_EVIDENCE: &[(&str, &str)] = &[
    ("HK$", "HKD"), ("Hong Kong", "HKD"), ("HKSAR", "HKD"), ("S$", "SGD"), ("Singapore", "SGD"),
    ("US$", "USD"), ("United States", "USD"), ("America", "USD"),
    ("A$", "AUD"), ("Australia", "AUD"), ("Queensland", "AUD"), ("New South Wales", "AUD"),
    ("Tasmania", "AUD"), ("Canberra", "AUD"),
    ("C$", "CAD"), ("Canada", "CAD"), ("Ontario", "CAD"), ("Quebec", "CAD"), ("Québec", "CAD"),
    ("Alberta", "CAD"), ("British Columbia", "CAD"), ("Manitoba", "CAD"), ("Saskatchewan", "CAD"),
    ("Nova Scotia", "CAD"), ("New Brunswick", "CAD"), ("Newfoundland", "CAD"),
    ("Prince Edward Island", "CAD"), ("Ottawa", "CAD"),
    // The provinces' French names, as bilingual records write them (`Type
    // de discours … Nouveau-Brunswick … Discours sur le Budget`).
    ("Nouveau-Brunswick", "CAD"), ("Nouvelle-Écosse", "CAD"), ("Colombie-Britannique", "CAD"),
    ("Terre-Neuve", "CAD"), ("Île-du-Prince-Édouard", "CAD"),
    ("NZ$", "NZD"), ("New Zealand", "NZD"), ("NT$", "TWD"), ("Taiwan", "TWD"),
    // New Zealand's capital and largest city, and its Treasury's terms:
    // the `core Crown` accounts, `OBEGAL`, the `HYEFU` and `BEFU` updates
    // (a report on the Crown accounts need never name the country).
    ("Wellington", "NZD"), ("Auckland", "NZD"), ("core Crown", "NZD"), ("Core Crown", "NZD"),
    ("OBEGAL", "NZD"), ("HYEFU", "NZD"), ("BEFU", "NZD"),
    // Australia's Treasury updates (`MYEFO`, `PEFO`).
    ("MYEFO", "AUD"), ("PEFO", "AUD"),
    // The other countries whose currency is a dollar, with their signs
    // (`SG$` and `EC$` are listed so that `G$` and `C$` inside them do
    // not count; the automaton takes the leftmost, longest marker).
    ("SG$", "SGD"), ("J$", "JMD"), ("JA$", "JMD"), ("Jamaica", "JMD"), ("TT$", "TTD"),
    ("Trinidad", "TTD"), ("Bds$", "BBD"), ("Barbados", "BBD"), ("Barbadian", "BBD"),
    ("Bahamas", "BSD"), ("Bahamian", "BSD"), ("BZ$", "BZD"), ("Belize", "BZD"), ("G$", "GYD"),
    ("GY$", "GYD"), ("Guyana", "GYD"), ("Guyanese", "GYD"), ("FJ$", "FJD"), ("Fiji", "FJD"),
    ("N$", "NAD"), ("Namibia", "NAD"), ("L$", "LRD"), ("Liberia", "LRD"), ("Brunei", "BND"),
    ("EC$", "XCD"), ("Eastern Caribbean", "XCD"), ("East Caribbean", "XCD"), ("ECCB", "XCD"),
    ("Z$", "ZWL"), ("Zimbabwe", "ZWL"), ("SI$", "SBD"), ("Solomon Islands", "SBD"),
    ("CI$", "KYD"), ("Cayman Islands", "KYD"), ("BD$", "BMD"), ("Bermuda", "BMD"),
    ("Suriname", "SRD"),
];

/// Phrases that name dollar places without speaking of their money, each
/// read as a whole and counted for no currency: mainland China's standard
/// list of its regions and of the origin of foreign capital (`Hong Kong,
/// Macao and Taiwan-invested enterprises`) is no sign that its `$` is the
/// Hong Kong dollar.
#[rustfmt::skip]
const NEUTRAL_PLACES: &[&str] = &[
    "Hong Kong, Macao and Taiwan", "Hong Kong, Macau and Taiwan",
    "Hong Kong, Macao, and Taiwan", "Hong Kong, Macau, and Taiwan",
    "Hong Kong, Macao, Taiwan", "Hong Kong, Macau, Taiwan",
    "Hong Kong and Macao", "Hong Kong and Macau", "Hong Kong, Macao", "Hong Kong, Macau",
];

/// Evidence that `¥` means yuan rather than yen. The first
/// [`YUAN_MONEY`] entries name the money itself: a document that names
/// the yuan more often than any dollar counts in yuan, and its bare `$`
/// restates an amount in US dollars (`1.6 trillion yuan ($230 billion)`).
const YUAN_EVIDENCE: &[&str] = &[
    "yuan",
    "RMB",
    "renminbi",
    "China",
    "Chinese",
    "人民币",
    "元",
];

/// How many of [`YUAN_EVIDENCE`] name the currency (not the country).
const YUAN_MONEY: usize = 3;

/// A capital letter (or two) before an amount that is a currency sign only
/// where the document names one of its countries, and then only glued to
/// the number (elsewhere `R21` is a road or a form, `K9` a dog unit, `N95`
/// a mask, `E10` a fuel): the sign, the codes it may stand for (the one
/// whose country the document names most, see [`LETTER_SIGN_EVIDENCE`]),
/// and whether the amount must be plainly money ([`glued_code_amount`]: a
/// scale word or a decimal mark, `K952 billion`, `N2.5 trillion`, not
/// `K12`). `MK` (the Malawi kwacha) may stand apart (`MK 300 billion`).
#[rustfmt::skip]
pub const LETTER_SIGNS: &[LetterSign] = &[
    LetterSign { sign: "R", codes: &["ZAR"], plainly_money: false },
    LetterSign { sign: "P", codes: &["PHP", "BWP"], plainly_money: false },
    LetterSign { sign: "K", codes: &["ZMW", "MWK", "PGK"], plainly_money: true },
    LetterSign { sign: "MK", codes: &["MWK"], plainly_money: true },
    LetterSign { sign: "E", codes: &["SZL"], plainly_money: true },
    LetterSign { sign: "N", codes: &["NGN"], plainly_money: true },
];

/// The capital-letter sign ([`LETTER_SIGNS`]) written `form`, if it is one.
pub fn letter_sign_at(form: &str) -> Option<&'static LetterSign> {
    LETTER_SIGNS.iter().find(|s| s.sign == form)
}

/// A capital-letter currency sign: see [`LETTER_SIGNS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterSign {
    pub sign: &'static str,
    pub codes: &'static [&'static str],
    pub plainly_money: bool,
}

/// Evidence that a capital-letter sign ([`LETTER_SIGNS`]) is money, and
/// which: a country, its code, its central bank or the currency's name in
/// lower case as a word (`the stronger rand`; `brand` and `grand` are no
/// evidence, see [`is_word_at`]). `R56.1 billion` in a South African
/// document, `P6.352 trillion` in a Philippine one, `P60 billion` in
/// Botswana's, `K952 billion` in Zambia's.
#[rustfmt::skip]
const LETTER_SIGN_EVIDENCE: &[(&str, &str)] = &[
    ("South Africa", "ZAR"), ("ZAR", "ZAR"), ("SARB", "ZAR"), ("SA Reserve Bank", "ZAR"), ("rand", "ZAR"),
    ("Philippines", "PHP"), ("Philippine", "PHP"), ("Filipino", "PHP"), ("PHP", "PHP"),
    ("Botswana", "BWP"), ("BWP", "BWP"), ("pula", "BWP"),
    ("Zambia", "ZMW"), ("ZMW", "ZMW"),
    ("Malawi", "MWK"), ("MWK", "MWK"),
    ("Papua New Guinea", "PGK"), ("PGK", "PGK"), ("kina", "PGK"),
    ("Eswatini", "SZL"), ("Swaziland", "SZL"), ("SZL", "SZL"), ("emalangeni", "SZL"),
    ("lilangeni", "SZL"),
    ("Nigeria", "NGN"), ("NGN", "NGN"), ("naira", "NGN"),
];

/// Markers of the rupee a bare `Rs` stands for (the most frequent wins;
/// with none, the Indian rupee).
const RUPEE_EVIDENCE: &[(&str, &str)] = &[
    ("Sri Lanka", "LKR"),
    ("LKR", "LKR"),
    ("Pakistan", "PKR"),
    ("PKR", "PKR"),
    ("Nepal", "NPR"),
    ("NPR", "NPR"),
    ("India", "INR"),
    ("₹", "INR"),
    ("INR", "INR"),
    // Ceylon is Sri Lanka's old name (`the Central Bank of Ceylon`).
    ("Ceylon", "LKR"),
    ("Mauritius", "MUR"),
    ("Mauritian", "MUR"),
    ("Seychelles", "SCR"),
    // `the budget of 7 lakh crore rupees` in an English copy of a
    // Bangladeshi speech: the taka (টাকা) is often rendered `rupees`.
    ("Bangladesh", "BDT"),
];

/// Every marker of currency evidence once per table, in table order:
/// dollar markers, then yuan, letter-sign and rupee markers, then the
/// neutral places.
fn evidence_markers() -> impl Iterator<Item = &'static str> {
    DOLLAR_EVIDENCE
        .iter()
        .map(|(m, _)| *m)
        .chain(YUAN_EVIDENCE.iter().copied())
        .chain(LETTER_SIGN_EVIDENCE.iter().map(|(m, _)| *m))
        .chain(RUPEE_EVIDENCE.iter().map(|(m, _)| *m))
        .chain(NEUTRAL_PLACES.iter().copied())
}

/// The two tables of markers [`CurrencyEvidence`] counts: the evidence
/// markers ([`evidence_markers`]), whose lower-case markers count only as
/// words, and the family markers (`FAMILY_MARKERS`).
static MARKER_INDEX: LazyLock<MarkerIndex> = LazyLock::new(|| {
    let evidence: Vec<&'static str> = evidence_markers().collect();
    MarkerIndex::new([&evidence, &FAMILY_MARKERS], [true, false])
});

/// The table of the family markers in [`MARKER_INDEX`] (the evidence
/// markers are table 0).
const FAMILY_TABLE: usize = 1;

/// Where a marker starting with a byte may start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// No marker starts with the byte.
    Never,
    /// Wherever the byte is.
    Anywhere,
    /// Only where a word may start: the byte begins lower-case markers
    /// that count only as words (`rand`, `yuan`), so the `rand` in
    /// `brand` or `grand` is not even looked at.
    WordsOnly,
}

/// Two tables of markers, each counted in a text as a leftmost-longest
/// automaton counts it (at the leftmost offset where one of its markers
/// starts, the longest of them; then on after it, so that the markers of
/// one table never overlap: `SG$` is read and the `G$` in it is not),
/// both in one pass, except that a lower-case marker of a table that
/// counts them only as words is looked for only after a byte that is no
/// ASCII letter or digit (a marker found elsewhere would not count, and
/// no marker starts inside one where this look would miss it: a test
/// keeps the tables so). Most bytes of a text start no marker (only
/// capitals, lead bytes and a few lower-case letters at the start of a
/// word do): the pass passes over them with one look-up each, finds the
/// bucket of the first two bytes with one more, and compares markers only
/// where the third byte starts one of them too (`Ca` starts `Canada`, but
/// `Cap`, `Cat` and `Cas` start none).
struct MarkerIndex {
    /// Whether a marker may start at a byte, by the byte before it and
    /// the byte (`256 * before + byte`, see [`Start`]).
    may_start: Box<[bool; 256 * 256]>,
    /// The bucket of each pair of first bytes (`256 * b1 + b2`), plus
    /// one; 0 where no marker starts with the pair.
    by_pair: Box<[u16]>,
    /// The buckets, in order of their pair.
    buckets: Vec<Bucket>,
}

/// The markers that start with one pair of bytes.
struct Bucket {
    /// Bit `b` is set when some marker has `b` as its third byte; all set
    /// when a marker is the pair alone (`A$`).
    third: [u64; 4],
    /// The markers, longest first, in table order among equals, with their
    /// table and their index in it.
    markers: Vec<(&'static str, usize, usize)>,
}

impl Bucket {
    /// Whether some marker of the bucket may start `rest` (which starts
    /// with the bucket's pair), by its third byte.
    fn may_start(&self, rest: &[u8]) -> bool {
        rest.get(2)
            .is_some_and(|&b| self.third[usize::from(b / 64)] & (1 << (b % 64)) != 0)
            || self.third == [u64::MAX; 4]
    }
}

impl MarkerIndex {
    /// An index of `tables`; `words[t]` when the lower-case markers of
    /// table `t` count only as words.
    fn new(tables: [&[&'static str]; 2], words: [bool; 2]) -> Self {
        let mut first = [Start::Never; 256];
        let mut by_pair = vec![0u16; 256 * 256].into_boxed_slice();
        let mut buckets: Vec<Bucket> = Vec::new();
        for (table, markers) in tables.iter().enumerate() {
            for (index, &marker) in markers.iter().enumerate() {
                let &[b1, b2, ..] = marker.as_bytes() else {
                    continue;
                };
                let start = &mut first[usize::from(b1)];
                *start = match *start {
                    Start::Never | Start::WordsOnly if words[table] && b1.is_ascii_lowercase() => {
                        Start::WordsOnly
                    }
                    _ => Start::Anywhere,
                };
                let pair = 256 * usize::from(b1) + usize::from(b2);
                if by_pair[pair] == 0 {
                    buckets.push(Bucket {
                        third: [0; 4],
                        markers: Vec::new(),
                    });
                    by_pair[pair] = u16::try_from(buckets.len()).unwrap_or(0);
                }
                let slot = usize::from(by_pair[pair]).checked_sub(1);
                let Some(bucket) = slot.and_then(|i| buckets.get_mut(i)) else {
                    continue;
                };
                match marker.as_bytes().get(2) {
                    Some(&b) => bucket.third[usize::from(b / 64)] |= 1 << (b % 64),
                    None => bucket.third = [u64::MAX; 4],
                }
                bucket.markers.push((marker, table, index));
            }
        }
        for bucket in &mut buckets {
            // Stable: equal lengths keep their table order.
            bucket
                .markers
                .sort_by_key(|(marker, _, _)| std::cmp::Reverse(marker.len()));
        }
        let mut may_start = Box::new([false; 256 * 256]);
        for (byte, start) in (0..256).zip(first) {
            for before in (0..256).filter(|&before| match start {
                Start::Never => false,
                Start::Anywhere => true,
                Start::WordsOnly => !u8::try_from(before).is_ok_and(|b| b.is_ascii_alphanumeric()),
            }) {
                may_start[256 * before + byte] = true;
            }
        }
        MarkerIndex {
            may_start,
            by_pair,
            buckets,
        }
    }

    /// The markers that may start `rest`, longest first (none where its
    /// first three bytes start no marker).
    fn bucket(&self, rest: &[u8]) -> &[(&'static str, usize, usize)] {
        let &[b1, b2, ..] = rest else {
            return &[];
        };
        let slot = usize::from(self.by_pair[256 * usize::from(b1) + usize::from(b2)]);
        match slot.checked_sub(1).and_then(|i| self.buckets.get(i)) {
            Some(bucket) if bucket.may_start(rest) => &bucket.markers,
            _ => &[],
        }
    }

    /// The first offset at or after `from` where a marker may start (the
    /// text's first byte is read after a space). One look-up a byte.
    fn next_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let may_start =
            |before: u8, byte: u8| self.may_start[256 * usize::from(before) + usize::from(byte)];
        if from == 0 && may_start(b' ', *bytes.first()?) {
            return Some(0);
        }
        let from = from.max(1);
        let mut pairs = bytes.get(from - 1..)?.windows(2);
        pairs
            .position(|pair| matches!(*pair, [before, byte] if may_start(before, byte)))
            .map(|at| from + at)
    }

    /// Calls `found(table, index, start..end)` for each marker counted in
    /// `text`, in order of `start`.
    fn scan(&self, text: &str, mut found: impl FnMut(usize, usize, std::ops::Range<usize>)) {
        let bytes = text.as_bytes();
        // Where each table's next marker may start.
        let mut next = [0usize; 2];
        let mut start = 0;
        while let Some(at) = self.next_start(bytes, start) {
            start = at;
            let rest = &bytes[start..];
            let bucket = self.bucket(rest);
            if bucket.is_empty() {
                start += 1;
                continue;
            }
            for (table, from) in next.iter_mut().enumerate() {
                if start < *from {
                    continue;
                }
                let longest = bucket
                    .iter()
                    .find(|&&(marker, t, _)| t == table && rest.starts_with(marker.as_bytes()));
                if let Some(&(marker, _, index)) = longest {
                    *from = start + marker.len();
                    found(table, index, start..*from);
                }
            }
            start += 1;
        }
    }
}

/// The currencies a document's bare `$` and `¥` stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentCurrency {
    pub dollar: &'static str,
    pub yen: &'static str,
    pub rupee: &'static str,
    /// The code each of [`LETTER_SIGNS`] stands for, in table order, or
    /// `None` where the document names none of its countries (the sign is
    /// then no money).
    pub letters: [Option<&'static str>; LETTER_SIGNS.len()],
    /// The code each of [`CURRENCY_FAMILIES`] stands for, in table order.
    pub families: [&'static str; FAMILY_COUNT],
}

/// The currency evidence of a document counted a stretch of whole lines
/// at a time (no marker spans a line break), for a large file read in
/// pieces: [`CurrencyEvidence::decide`] gives [`DocumentCurrency::of`] of
/// the whole text.
#[derive(Debug, Clone)]
pub struct CurrencyEvidence {
    /// Matches of each marker of [`evidence_markers`].
    tally: Vec<usize>,
    /// Matches of each marker of the currency families (`FAMILY_MARKERS`).
    families: Vec<usize>,
    /// How often Hong Kong's fiscal year is written in Chinese numerals
    /// ([`hong_kong_fiscal_years`]).
    fiscal_years: usize,
}

impl Default for CurrencyEvidence {
    fn default() -> Self {
        CurrencyEvidence {
            tally: vec![0; evidence_markers().count()],
            families: vec![0; FAMILY_MARKERS.len()],
            fiscal_years: 0,
        }
    }
}

impl CurrencyEvidence {
    /// Counts the markers in `lines`.
    pub fn feed(&mut self, lines: &str) {
        MARKER_INDEX.scan(lines, |table, index, found| {
            if table == FAMILY_TABLE {
                self.families[index] += 1;
                return;
            }
            // Lower-case evidence (`rand`, `yuan`) counts only as a word.
            let lower = lines[found.clone()].starts_with(|c: char| c.is_ascii_lowercase());
            if !lower || is_word_at(lines, found.start, found.end) {
                self.tally[index] += 1;
            }
        });
        self.fiscal_years += hong_kong_fiscal_years(lines);
    }

    /// Adds the markers counted in `other` (other lines of the same
    /// document: a count is a sum).
    pub fn merge(&mut self, other: &CurrencyEvidence) {
        for (mine, theirs) in self.tally.iter_mut().zip(&other.tally) {
            *mine += theirs;
        }
        for (mine, theirs) in self.families.iter_mut().zip(&other.families) {
            *mine += theirs;
        }
        self.fiscal_years += other.fiscal_years;
    }

    /// The currencies the markers counted decide.
    pub fn decide(&self) -> DocumentCurrency {
        let tally = &self.tally;
        let yuan = DOLLAR_EVIDENCE.len()..DOLLAR_EVIDENCE.len() + YUAN_EVIDENCE.len();
        let letters = yuan.end..yuan.end + LETTER_SIGN_EVIDENCE.len();
        let rupee = letters.end..letters.end + RUPEE_EVIDENCE.len();
        let yen = if tally[yuan.clone()].iter().any(|&n| n > 0) {
            "CNY"
        } else {
            "JPY"
        };
        let yuan_money: usize = tally[yuan.start..yuan.start + YUAN_MONEY].iter().sum();
        let dollar = most_named(DOLLAR_EVIDENCE, &tally[..yuan.start], "USD");
        let dollar_count: usize = DOLLAR_EVIDENCE
            .iter()
            .zip(tally)
            .filter(|((_, code), _)| *code == dollar)
            .map(|(_, n)| n)
            .sum();
        // A yuan document restates its amounts in US dollars.
        let dollar = if yuan_money > dollar_count {
            "USD"
        } else {
            dollar
        };
        DocumentCurrency {
            dollar,
            yen,
            rupee: most_named(RUPEE_EVIDENCE, &tally[rupee], "INR"),
            // Each sign: the code among its own named most.
            letters: std::array::from_fn(|i| {
                let counts: Vec<usize> = LETTER_SIGN_EVIDENCE
                    .iter()
                    .zip(&tally[letters.clone()])
                    .map(|(&(_, code), &n)| {
                        if LETTER_SIGNS[i].codes.contains(&code) {
                            n
                        } else {
                            0
                        }
                    })
                    .collect();
                let code = most_named(LETTER_SIGN_EVIDENCE, &counts, "");
                (!code.is_empty()).then_some(code)
            }),
            families: yuan_of_place(
                family_codes(&self.families),
                &self.families,
                self.fiscal_years,
            ),
        }
    }
}

/// The mainland's party and government bodies, rows of the `元` family
/// (evidence for the renminbi): a document that names one is the
/// mainland's, whatever place speaks of itself in it ([`yuan_of_place`]).
#[rustfmt::skip]
const MAINLAND_BODIES: &[(&str, &str)] = &[
    ("国务院", "CNY"), ("党中央", "CNY"), ("中共中央", "CNY"), ("全国人大", "CNY"), ("省委", "CNY"),
    ("市委", "CNY"), ("县委", "CNY"),
    // The same bodies in traditional script (a mainland report converted
    // to it).
    ("國務院", "CNY"), ("黨中央", "CNY"), ("全國人大", "CNY"), ("縣委", "CNY"),
];

/// Where the Hong Kong and the Macao governments speak of themselves,
/// rows of the `元` family: `本港` ("this port"), `港府`; `本澳`, `澳门特区`.
/// Counted as any other evidence, and more: in a document that names no
/// mainland body they make a bare `元` their dollar in simplified script
/// too ([`yuan_of_place`]), with Hong Kong's fiscal years written in
/// Chinese numerals ([`hong_kong_fiscal_years`]).
#[rustfmt::skip]
const PLACE_SELF: &[(&str, &str)] = &[
    ("本港", "HKD"), ("港府", "HKD"), ("本澳", "MOP"), ("澳门特区", "MOP"), ("澳門特區", "MOP"),
    ("澳门特别行政区", "MOP"), ("澳門特別行政區", "MOP"),
];

/// How often `lines` writes Hong Kong's fiscal year in Chinese numerals
/// (`二零一四/一五年度`, April to March): a slash, two Chinese digits and
/// `年度`.
fn hong_kong_fiscal_years(lines: &str) -> usize {
    let digit = |c: char| "零〇一二三四五六七八九".contains(c);
    // The slashes, found byte-wise (a search by char decodes every char).
    let bytes = lines.as_bytes();
    let slashes = memchr::memchr_iter(b'/', bytes)
        .map(|at| (at, 1))
        .chain(memchr::memmem::find_iter(bytes, "／").map(|at| (at, '／'.len_utf8())));
    slashes
        .filter(|&(at, slash)| {
            let mut after = lines[at + slash..].chars();
            let before = lines[..at].chars().next_back();
            before.is_some_and(digit)
                && after.next().is_some_and(digit)
                && after.next().is_some_and(digit)
                && after.as_str().starts_with("年度")
        })
        .count()
}

/// A bare `元` is the Hong Kong dollar (the pataca) in a document where
/// the Hong Kong (Macao) government speaks of itself ([`PLACE_SELF`],
/// `fiscal_years`) and no mainland body ([`MAINLAND_BODIES`]) is named, in
/// either script: the Hong Kong government publishes its budget in
/// simplified characters too, whose characters the `元` family counts for
/// the renminbi. `tally` counts each of `FAMILY_MARKERS`.
fn yuan_of_place(
    mut codes: [&'static str; FAMILY_COUNT],
    tally: &[usize],
    fiscal_years: usize,
) -> [&'static str; FAMILY_COUNT] {
    let Some(yuan) = CURRENCY_FAMILIES.iter().position(|f| f.name == "元") else {
        return codes;
    };
    let counted = |rows: &[(&str, &str)], code: &str| -> usize {
        FAMILY_MARKERS
            .iter()
            .zip(tally)
            .filter(|(m, _)| {
                rows.iter()
                    .any(|(r, c)| r == *m && (code.is_empty() || *c == code))
            })
            .map(|(_, n)| n)
            .sum()
    };
    let mainland = counted(MAINLAND_BODIES, "") > 0;
    let hong_kong = counted(PLACE_SELF, "HKD") + fiscal_years;
    let macao = counted(PLACE_SELF, "MOP");
    if codes[yuan] == "CNY" && !mainland && hong_kong + macao > 0 {
        codes[yuan] = if hong_kong >= macao { "HKD" } else { "MOP" };
    }
    codes
}

impl DocumentCurrency {
    /// Reads the evidence in one pass over `text`.
    pub fn of(text: &str) -> Self {
        let mut evidence = CurrencyEvidence::default();
        evidence.feed(text);
        evidence.decide()
    }

    pub fn resolve(&self, currency: Currency) -> &'static str {
        match currency {
            Currency::Code(code) => code,
            Currency::Dollar => self.dollar,
            Currency::Yen => self.yen,
            Currency::Rupee => self.rupee,
            Currency::Family(name) => self.family(name),
        }
    }
}

/// Whether `text[start..end]` is a whole word, an `s` plural allowed
/// (`rand`, `rands`; not `brand`, `grand` or `random`).
fn is_word_at(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let rest = &text[end..];
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let after = rest.chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The code whose markers were counted most often (`counts` in the order of
/// `evidence`), or `default` with none; ties go to the code the table
/// names first.
fn most_named(
    evidence: &[(&str, &'static str)],
    counts: &[usize],
    default: &'static str,
) -> &'static str {
    // Each code counted: where the table first names it, and its total.
    let mut totals: Vec<(usize, &'static str, usize)> = Vec::new();
    for (&(_, code), &n) in evidence.iter().zip(counts).filter(|(_, n)| **n > 0) {
        match totals.iter_mut().find(|(_, c, _)| *c == code) {
            Some((_, _, total)) => *total += n,
            None => {
                let first = evidence.iter().position(|(_, c)| *c == code).unwrap_or(0);
                totals.push((first, code, n));
            }
        }
    }
    totals.sort_by_key(|&(first, _, _)| first);
    let mut best = (default, 0usize);
    for (_, code, n) in totals {
        if n > best.1 {
            best = (code, n);
        }
    }
    best.0
}

impl Default for DocumentCurrency {
    fn default() -> Self {
        DocumentCurrency {
            dollar: "USD",
            yen: "JPY",
            rupee: "INR",
            letters: [None; LETTER_SIGNS.len()],
            families: FAMILY_DEFAULTS,
        }
    }
}

/// Written forms of some lexicon, bucketed by first byte (lower-cased for
/// case-insensitive forms) and longest first, so a lookup tries only the
/// few forms that can match.
struct FormIndex<T> {
    buckets: Vec<Vec<Form<T>>>,
}

/// One written form of a [`FormIndex`] bucket.
#[derive(Clone, Copy)]
struct Form<T> {
    text: &'static str,
    case_sensitive: bool,
    payload: T,
    /// The form's second byte, lower-cased (none for a one-byte form):
    /// most forms of a bucket differ from the text there, so it is
    /// compared before the whole form.
    second: Option<u8>,
}

impl<T> Form<T> {
    /// Can `rest` start with this form, judging by its second byte? (A
    /// space of a word form also matches a hyphen or a line break, as in
    /// [`starts_with_form`].)
    fn may_start(&self, rest: &[u8]) -> bool {
        let Some(second) = self.second else {
            return true;
        };
        rest.get(1).is_some_and(|b| {
            let b = b.to_ascii_lowercase();
            b == second || (second == b' ' && (b == b'-' || b == b'\n'))
        })
    }
}

impl<T: Copy> FormIndex<T> {
    fn new(forms: impl IntoIterator<Item = (&'static str, bool, T)>) -> Self {
        let mut buckets: Vec<Vec<Form<T>>> = vec![Vec::new(); 256];
        for (text, case_sensitive, payload) in forms {
            let Some(&first) = text.as_bytes().first() else {
                continue;
            };
            let mut keys = vec![first];
            if !case_sensitive {
                keys = vec![first.to_ascii_lowercase(), first.to_ascii_uppercase()];
                keys.dedup();
            }
            let second = text.as_bytes().get(1).map(u8::to_ascii_lowercase);
            for key in keys {
                buckets[usize::from(key)].push(Form {
                    text,
                    case_sensitive,
                    payload,
                    second,
                });
            }
        }
        for bucket in &mut buckets {
            bucket.sort_by_key(|form| std::cmp::Reverse(form.text.len()));
        }
        FormIndex { buckets }
    }

    /// The longest form at the start of `rest`, with its length (of forms
    /// as long, the first given to [`FormIndex::new`]).
    fn find(&self, rest: &str) -> Option<(T, usize)> {
        let first = *rest.as_bytes().first()?;
        self.buckets[usize::from(first)]
            .iter()
            .filter(|form| form.may_start(rest.as_bytes()))
            .find(|form| starts_with_form(rest, form.text, form.case_sensitive))
            .map(|form| (form.payload, form.text.len()))
    }
}

/// The unit lexicon: parsed units and the index of their written forms.
struct Lexicon {
    units: Vec<Unit>,
    forms: FormIndex<usize>,
    /// [`SCALED_UNIT_FORMS`]: the scale and the unit's symbol.
    scaled_forms: FormIndex<(u64, &'static str)>,
    scales: FormIndex<u64>,
    money_scales: FormIndex<u64>,
    currencies: FormIndex<(Currency, bool)>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let units = UNIT_ROWS
        .iter()
        .map(|r| {
            let numerator: Decimal = r.factor.0.parse().unwrap_or(Decimal::ONE);
            Unit {
                kind: r.kind,
                symbol: r.symbol,
                base: r.base,
                factor: numerator,
                divisor: Decimal::from(r.factor.1),
            }
        })
        .collect();
    let forms = FormIndex::new(UNIT_ROWS.iter().enumerate().flat_map(|(unit, r)| {
        let words = r.words.iter().map(move |&text| (text, false, unit));
        let symbols = r.symbols.iter().map(move |&text| (text, true, unit));
        words.chain(symbols)
    }));
    // (Of two forms as long that match, the table's last one counts: the
    // index tries the first given first, so it is given the table
    // backwards.)
    let scaled = SCALED_UNIT_FORMS.iter().rev();
    let scaled_forms = FormIndex::new(scaled.map(|&(f, exact, by, unit)| (f, exact, (by, unit))));
    let scales = FormIndex::new(scale_words().map(|&(w, f)| (w, false, f)));
    let money_scales = FormIndex::new(
        scale_words()
            .chain(MONEY_SCALE_ABBREVIATIONS)
            .map(|&(w, f)| (w, false, f)),
    );
    let more_words = MORE_CURRENCY_WORDS
        .iter()
        .flat_map(|&(forms, currency)| forms.iter().map(move |&w| (w, false, (currency, false))));
    let currencies = FormIndex::new(
        CURRENCY_SUFFIXES
            .iter()
            .map(|&(w, currency, minor)| (w, false, (currency, minor)))
            .chain(more_words),
    );
    Lexicon {
        units,
        forms,
        scaled_forms,
        scales,
        money_scales,
        currencies,
    }
});

/// Every written form of the lexicon: unit words and symbols, scaled
/// units, scale words, currency signs, words and codes. The fuzzer's
/// dictionary and the property tests draw from it, so they grow with it.
pub fn written_forms() -> impl Iterator<Item = &'static str> {
    let units = UNIT_ROWS
        .iter()
        .flat_map(|r| r.words.iter().chain(r.symbols).copied());
    units
        .chain(SCALED_UNIT_FORMS.iter().map(|f| f.0))
        .chain(scale_words().chain(MONEY_SCALE_ABBREVIATIONS).map(|f| f.0))
        .chain(CURRENCY_PREFIXES.iter().map(|f| f.0))
        .chain(CURRENCY_SUFFIXES.iter().map(|f| f.0))
        .chain(MORE_ISO_CODES.iter().copied())
        .chain(CAPITAL_CURRENCY_PREFIXES.iter().map(|f| f.0))
        .chain(MORE_CURRENCY_WORDS.iter().flat_map(|f| f.0.iter().copied()))
}

/// Does `rest` start with `form` (ASCII case-insensitively unless
/// `case_sensitive`) followed by a boundary (not a letter or digit)?
pub fn starts_with_form(rest: &str, form: &str, case_sensitive: bool) -> bool {
    let Some(head) = rest.get(..form.len()) else {
        return false;
    };
    // Word forms also match with hyphens or a line break for spaces
    // (`120-square-kilometre zone`, `a 0.5-percentage-point cut`, `3.1
    // per\ncent` in hard-wrapped text).
    let same = if case_sensitive {
        head == form
    } else {
        head.bytes()
            .zip(form.bytes())
            .all(|(h, f)| h.eq_ignore_ascii_case(&f) || (f == b' ' && (h == b'-' || h == b'\n')))
    };
    same && ends_at_boundary(rest, form)
}

/// A form ending in a letter or digit must not run on into another one.
fn ends_at_boundary(rest: &str, form: &str) -> bool {
    let last_is_wordy = form
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric());
    !last_is_wordy
        || !rest[form.len()..]
            .chars()
            .next()
            .is_some_and(|c| is_word_char(c) || c.is_ascii_digit())
}

/// The unit written at the start of `rest`, with its length in bytes.
pub fn unit_at(rest: &str) -> Option<(&'static Unit, usize)> {
    let lexicon = &*LEXICON;
    let (unit, len) = lexicon.forms.find(rest)?;
    Some((&lexicon.units[unit], len))
}

/// The unit with this canonical symbol.
pub fn unit_by_symbol(symbol: &str) -> Option<&'static Unit> {
    LEXICON.units.iter().find(|u| u.symbol == symbol)
}

/// A scale word at the start of `rest`: its multiplier and length.
pub fn scale_at(rest: &str, after_currency: bool) -> Option<(u64, usize)> {
    let lexicon = &*LEXICON;
    let index = if after_currency {
        &lexicon.money_scales
    } else {
        &lexicon.scales
    };
    index.find(rest)
}

/// A currency name, code or symbol at the start of `rest` (`yuan`,
/// `US dollars`, `cents`, `€`): the currency, whether it names hundredths,
/// and its length.
pub fn currency_suffix_at(rest: &str) -> Option<(Currency, bool, usize)> {
    let (currency, minor, len, ordinary) = currency_word_at(rest)?;
    if ordinary || names_a_region(&rest[..len], &rest[len..]) {
        return None;
    }
    Some((currency, minor, len))
}

/// Nouns that make a currency word before them the name of a region
/// (`Chart 5 Euro area`, `the October 2018 euro area bank lending survey`,
/// `19 euro area countries`): the number before it is no amount.
const REGION_NOUNS: &[&str] = &["area", "zone", "bloc"];

/// Whether a currency word `form` followed by `after` names a region
/// (`euro area`, `euro-zone`), not money.
fn names_a_region(form: &str, after: &str) -> bool {
    if !form.chars().all(char::is_alphabetic) {
        return false;
    }
    let after = after.trim_start_matches([' ', '\u{a0}', '\n', '-', '\u{2011}']);
    REGION_NOUNS.iter().any(|noun| {
        after.len() >= noun.len()
            && after.is_char_boundary(noun.len())
            && after[..noun.len()].eq_ignore_ascii_case(noun)
            && !after[noun.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The currency of an ISO 4217 code written in capitals (`USD`), if the
/// lexicon knows it.
fn iso_code(code: &str) -> Option<Currency> {
    CURRENCY_PREFIXES
        .iter()
        .find(|&&(form, currency)| form == code && currency == Currency::Code(form))
        .map(|&(_, currency)| currency)
        .or_else(|| {
            MORE_ISO_CODES
                .iter()
                .find(|&&c| c == code)
                .map(|&c| Currency::Code(c))
        })
}

/// `30 MUSD`, `120 MEUR`: finance notation for millions, an `M` glued
/// before an ISO code (case-sensitive). The currency and the form's
/// length, at the start of `rest`.
pub fn million_code_at(rest: &str) -> Option<(Currency, usize)> {
    let form = rest.get(..4).filter(|f| f.starts_with('M'))?;
    let currency = iso_code(&form[1..])?;
    ends_at_boundary(rest, form).then_some((currency, form.len()))
}

/// `MAUD 60`: a million-code ending exactly at the end of `head`, with
/// where it starts.
pub fn million_code_before(head: &str) -> Option<(Currency, usize)> {
    let start = head.len().checked_sub(4)?;
    let (currency, _) = million_code_at(head.get(start..)?)?;
    let glued = head[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    (!glued).then_some((currency, start))
}

/// `75 USD million`: a currency code written in capitals and ending at
/// `end` of `text`.
pub fn code_ends_at(text: &str, end: usize) -> bool {
    end.checked_sub(3)
        .and_then(|start| text.get(start..end))
        .is_some_and(|code| iso_code(code).is_some())
}

/// Currency prefixes bucketed by their last byte, lower-cased: a number
/// after an ordinary word only tries the codes ending in that letter.
static PREFIXES_BY_LAST_BYTE: LazyLock<Vec<Vec<Prefix>>> = LazyLock::new(|| {
    let mut buckets = vec![Vec::new(); 256];
    let more = MORE_ISO_CODES
        .iter()
        .map(|&code| (code, Currency::Code(code)));
    // The signs that must match case: those listed so, the codes that
    // need a space, the capitals-only signs (a set: asked of every sign).
    let exact_forms: std::collections::HashSet<&str> = CASE_SENSITIVE_PREFIXES
        .iter()
        .chain(MORE_ISO_CODES)
        .copied()
        .chain(CAPITAL_CURRENCY_PREFIXES.iter().map(|&(form, _)| form))
        .collect();
    // The capitals-only signs first: `TT$` before the bare `$`.
    let capital = CAPITAL_CURRENCY_PREFIXES.iter().copied();
    for (form, currency) in capital.chain(CURRENCY_PREFIXES.iter().copied()).chain(more) {
        let exact = exact_forms.contains(form);
        let bytes = form.as_bytes();
        let before_last = bytes
            .len()
            .checked_sub(2)
            .map(|i| bytes[i].to_ascii_lowercase());
        let spaced_dollar = form.strip_suffix('$').is_some_and(|l| l.len() >= 2);
        if let Some(&last) = bytes.last() {
            buckets[usize::from(last.to_ascii_lowercase())].push(Prefix {
                form,
                currency,
                exact,
                before_last,
                spaced_dollar,
            });
        }
    }
    buckets
});

/// A currency sign or code written before an amount.
#[derive(Clone, Copy)]
struct Prefix {
    form: &'static str,
    currency: Currency,
    /// Whether it must match case.
    exact: bool,
    /// Its byte before the last, lower-cased (none for a one-byte form):
    /// most prefixes of a bucket differ from the text there, so it is
    /// compared before the whole form.
    before_last: Option<u8>,
    /// Whether it may be written with a space before its `$` (`HK $5`,
    /// see [`ends_with_currency`]).
    spaced_dollar: bool,
}

impl Prefix {
    /// Can `head` end with this prefix, judging by its byte before the
    /// last?
    fn may_end(&self, head: &[u8]) -> bool {
        let Some(before_last) = self.before_last else {
            return true;
        };
        let at = head.len().checked_sub(2).and_then(|i| head.get(i));
        at.is_some_and(|b| {
            let b = b.to_ascii_lowercase();
            b == before_last || (self.spaced_dollar && b == b' ')
        })
    }
}

/// Prefixes whose letters are also English words (`us`, `a`, `s`): they
/// only count with the capitals of the code (`US$`, never `cost us $5`).
const CASE_SENSITIVE_PREFIXES: &[&str] = &[
    "US$", "U.S.$", "S$", "A$", "R$", "NT$", "R", "P", "K", "MK", "E", "N", "RM", "Rp", "Rp.",
    "USh", "TSh", "Dhs", "SDR",
];

/// Is `form` one of [`MORE_ISO_CODES`], which count only with a space
/// before the amount (`COP28` is a conference, `COP 5,000` pesos) unless
/// the amount is plainly money ([`glued_code_amount`])?
pub fn needs_space(form: &str) -> bool {
    MORE_ISO_CODES.contains(&form)
}

/// More ISO 4217 codes read before an amount, in capitals only (`AED 5
/// billion`, `GHS 2.1 billion`): every currency a national budget or
/// central bank reports in that [`CURRENCY_PREFIXES`] lacks. Left out:
/// codes that are English words or common abbreviations in capitals
/// (`ALL`, `CUP`, `TOP`, `PEN`, `BOB`, `MOP`, `SOS`, `AMD` the company,
/// `CRC` the checksum, `SCR` the capital requirement, `SDG` the
/// Sustainable Development Goals, `SSP` the Shared Socioeconomic
/// Pathways, `KGS` kilograms, `BMD` bone mineral density, `CDF` the
/// distribution function); their currencies are read from their words
/// (`Sudanese pounds`, `Congolese francs`).
#[rustfmt::skip]
const MORE_ISO_CODES: &[&str] = &[
    "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "TND", "DZD", "ILS", "IRR",
    "IQD", "GHS", "UGX", "TZS", "ETB", "ZMW", "MWK", "RWF", "XOF", "XAF", "MUR", "BWP", "NAD",
    "RUB", "UAH", "PLN", "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "ISK", "ARS", "CLP",
    "COP", "UYU", "MMK", "KHR", "LAK", "MNT", "KZT", "UZS", "AFN", "FJD", "PGK", "BTN", "MVR",
    "TRY",
    "SLE", "SLL", "GMD", "LRD", "JMD", "TTD", "BBD", "BSD", "BZD", "GYD", "XCD", "ZWL", "SBD",
    "BND", "KYD", "SRD", "HTG", "HNL", "GTQ", "NIO", "PYG", "DOP", "VES", "AOA", "MZN",
    "MGA", "SZL", "LSL", "MRU", "ERN", "LYD", "SYP", "LBP", "YER", "TJS",
    "TMT", "AZN", "GEL", "BYN", "MDL", "RSD", "MKD", "BAM", "KPW", "BIF", "DJF", "GNF",
    "KMF", "WST", "VUV", "XPF",
];

/// Currency prefixes written with their capitals only (`J$2 trillion`,
/// `TT$5 billion`, `FCFA 500 million`): the signs of the dollars of the
/// Caribbean, Africa and the Pacific, and of the CFA franc. `B$` is the
/// Bahamian or the Brunei dollar (the [`CurrencyFamily`] decides).
#[rustfmt::skip]
const CAPITAL_CURRENCY_PREFIXES: &[(&str, Currency)] = &[
    ("J$", Currency::Code("JMD")), ("JA$", Currency::Code("JMD")), ("TT$", Currency::Code("TTD")),
    ("Bds$", Currency::Code("BBD")), ("BDS$", Currency::Code("BBD")), ("B$", Currency::Family("B$")),
    ("BZ$", Currency::Code("BZD")), ("G$", Currency::Code("GYD")), ("GY$", Currency::Code("GYD")),
    ("FJ$", Currency::Code("FJD")), ("N$", Currency::Code("NAD")), ("L$", Currency::Code("LRD")),
    ("EC$", Currency::Code("XCD")), ("Z$", Currency::Code("ZWL")), ("ZW$", Currency::Code("ZWL")),
    ("SI$", Currency::Code("SBD")), ("CI$", Currency::Code("KYD")), ("BD$", Currency::Code("BMD")),
    ("WS$", Currency::Code("WST")), ("T$", Currency::Code("TOP")),
    // The ISO code written before `$` (`JMD$ 641.5 billion`, as `USD$`).
    ("JMD$", Currency::Code("JMD")), ("TTD$", Currency::Code("TTD")), ("BBD$", Currency::Code("BBD")),
    ("BSD$", Currency::Code("BSD")), ("BZD$", Currency::Code("BZD")), ("GYD$", Currency::Code("GYD")),
    ("XCD$", Currency::Code("XCD")), ("FJD$", Currency::Code("FJD")), ("NAD$", Currency::Code("NAD")),
    ("LRD$", Currency::Code("LRD")), ("SBD$", Currency::Code("SBD")), ("KYD$", Currency::Code("KYD")),
    ("BMD$", Currency::Code("BMD")), ("TWD$", Currency::Code("TWD")), ("BND$", Currency::Code("BND")),
    ("FCFA", Currency::Family("CFA franc")), ("CFAF", Currency::Family("CFA franc")),
    // East African budgets write the shilling `Shs`, Uganda's `UShs`; the
    // Kenyan press writes `Sh` (`Sh805.8 billion`, `Sh 450 billion`).
    ("Shs", Currency::Family("shilling")), ("Shs.", Currency::Family("shilling")),
    ("Sh", Currency::Family("shilling")), ("Sh.", Currency::Family("shilling")),
    ("UShs", Currency::Code("UGX")), ("UShs.", Currency::Code("UGX")),
    ("TShs", Currency::Code("TZS")), ("TShs.", Currency::Code("TZS")),
    // Ethiopian budgets write the birr before the amount: `Birr 12 billion`;
    // so do Ugandan, Indian and Zambian texts their currency's name, with a
    // capital (`Shillings 32.7 trillion`, `Rupees 500 crore`).
    ("Birr", Currency::Code("ETB")), ("Shillings", Currency::Family("shilling")),
    ("Rupees", Currency::Rupee), ("Kwacha", Currency::Family("kwacha")), ("Naira", Currency::Code("NGN")),
    ("Cedis", Currency::Code("GHS")),
];

// The written forms of currency words, singular and plural, shared by the
// word table and the adjective table.
const DOLLAR: &[&str] = &["dollars", "dollar"];
const SHILLING: &[&str] = &["shillings", "shilling"];
const PESO: &[&str] = &["pesos", "peso"];
const POUND: &[&str] = &["pounds", "pound"];
const DINAR: &[&str] = &["dinars", "dinar"];
const DIRHAM: &[&str] = &["dirhams", "dirham"];
const RIAL: &[&str] = &["rials", "rial"];
const RIYAL: &[&str] = &["riyals", "riyal"];
const FRANC: &[&str] = &["francs", "franc"];
const KRONA: &[&str] = &["kronur", "krónur", "krona", "króna", "kronor"];
const KRONE: &[&str] = &["kroner", "krone"];
const KWACHA: &[&str] = &["kwachas", "kwacha"];
const LEU: &[&str] = &["lei", "leu"];
const MANAT: &[&str] = &["manats", "manat"];
const SOM: &[&str] = &["soms", "som"];
const COLON: &[&str] = &["colones", "colón", "colon"];
const RUPEE: &[&str] = &["rupees", "rupee"];
const REAL: &[&str] = &["reais", "real"];
const SOL: &[&str] = &["nuevos soles", "nuevo sol", "soles", "sol"];
const LEV: &[&str] = &["leva", "levs", "lev"];
const LIRA: &[&str] = &["liras", "lira"];
const WON: &[&str] = &["won"];
const YEN: &[&str] = &["yen"];
const RAND: &[&str] = &["rand"];
const RUBLE: &[&str] = &["roubles", "rubles", "rouble", "ruble"];
const DRAM: &[&str] = &["drams", "dram"];

/// Currency words after the number that [`CURRENCY_SUFFIXES`] lacks
/// (`7 billion cedis`, `2.1 trillion shillings`), singular and plural.
/// A word several countries use is a [`CurrencyFamily`]; the words of
/// [`ORDINARY_CURRENCY_WORDS`] count only after a scale word.
#[rustfmt::skip]
pub const MORE_CURRENCY_WORDS: &[(&[&str], Currency)] = &[
    (&["cedis", "cedi"], Currency::Code("GHS")), (KWACHA, Currency::Family("kwacha")),
    (&["birr", "birrs"], Currency::Code("ETB")), (SHILLING, Currency::Family("shilling")),
    (PESO, Currency::Family("peso")), (&["dong"], Currency::Code("VND")),
    (&["kyats", "kyat"], Currency::Code("MMK")), (&["riels", "riel"], Currency::Code("KHR")),
    (&["kip"], Currency::Code("LAK")), (&["rufiyaa"], Currency::Code("MVR")),
    (DINAR, Currency::Family("dinar")), (DIRHAM, Currency::Family("dirham")),
    (RIAL, Currency::Family("rial")), (RIYAL, Currency::Family("riyal")),
    (&["lari", "laris"], Currency::Code("GEL")), (SOM, Currency::Family("som")),
    (&["soums", "soum", "so'm"], Currency::Code("UZS")), (&["tenge"], Currency::Code("KZT")),
    (MANAT, Currency::Family("manat")), (&["leones", "leone"], Currency::Code("SLE")),
    (&["dalasis", "dalasi"], Currency::Code("GMD")),
    (&["cfa francs", "cfa franc"], Currency::Family("CFA franc")),
    (&["fcfa", "cfaf"], Currency::Family("CFA franc")),
    (FRANC, Currency::Family("franc")), (&["pula"], Currency::Code("BWP")),
    (&["emalangeni", "lilangeni"], Currency::Code("SZL")), (&["maloti", "loti"], Currency::Code("LSL")),
    (&["ouguiyas", "ouguiya"], Currency::Code("MRU")), (&["afghanis", "afghani"], Currency::Code("AFN")),
    (&["tugriks", "tugrik", "tögrög", "togrog"], Currency::Code("MNT")),
    (&["lempiras", "lempira"], Currency::Code("HNL")),
    (&["quetzales", "quetzals", "quetzal"], Currency::Code("GTQ")),
    (COLON, Currency::Family("colon")), (SOL, Currency::Code("PEN")), (REAL, Currency::Code("BRL")),
    (&["bolivianos", "boliviano"], Currency::Code("BOB")),
    (&["guaraníes", "guaranies", "guaranis", "guaraní", "guarani"], Currency::Code("PYG")),
    (&["córdobas", "cordobas", "córdoba", "cordoba"], Currency::Code("NIO")),
    (&["balboas", "balboa"], Currency::Code("PAB")), (&["gourdes", "gourde"], Currency::Code("HTG")),
    (&["bolívares", "bolivares", "bolívar", "bolivar"], Currency::Code("VES")),
    (&["zlotys", "złotych", "zlotych", "złoty", "zloty"], Currency::Code("PLN")),
    (&["forints", "forint"], Currency::Code("HUF")),
    (&["korunas", "koruny", "korun", "koruna"], Currency::Code("CZK")),
    (KRONA, Currency::Family("krona")), (KRONE, Currency::Family("krone")),
    (LEV, Currency::Code("BGN")), (LEU, Currency::Family("leu")),
    (&["denars", "denari", "denar"], Currency::Code("MKD")), (&["lekë", "leke", "lek"], Currency::Code("ALL")),
    (DRAM, Currency::Code("AMD")), (&["new shekels", "shekels", "shekel"], Currency::Code("ILS")),
    (&["ngultrums", "ngultrum"], Currency::Code("BTN")), (&["patacas", "pataca"], Currency::Code("MOP")),
    (&["kina"], Currency::Code("PGK")), (&["vatu"], Currency::Code("VUV")), (&["tala"], Currency::Code("WST")),
    (&["pa'anga"], Currency::Code("TOP")), (&["kwanzas", "kwanza"], Currency::Code("AOA")),
    (&["meticais", "meticals", "metical"], Currency::Code("MZN")), (&["ariary"], Currency::Code("MGA")),
    (&["nakfa"], Currency::Code("ERN")), (&["somoni"], Currency::Code("TJS")),
    (&["hryvnias", "hryvnyas", "hryvnya"], Currency::Code("UAH")), (RUBLE, Currency::Code("RUB")),
    (&["liras"], Currency::Code("TRY")), (&["convertible marks"], Currency::Code("BAM")),
];

/// Currency words that are also ordinary English words (`12 real estate
/// projects`, `on sol 300`, `a 5 lek`…): they name money only after a
/// scale word (`5 billion reais`, `300 million soles`) or after a
/// country's adjective (`Brazilian real`), never in a table note alone.
/// (`won`, `rand` and `pound` keep their older guards.)
const ORDINARY_CURRENCY_WORDS: &[&str] = &[
    "real", "sol", "soles", "lev", "levs", "lei", "kip", "som", "soms", "lek", "dram", "drams",
    "leone", "leones", "colon", "colón", "cordoba", "córdoba", "balboa", "balboas",
];

/// A country's adjective or name before a currency word names that
/// country's currency (`Kenyan shillings`, `Egyptian pounds`, `Trinidad
/// and Tobago dollars`): the adjective, the currency's written forms, the
/// currency. Longer adjectives first where one starts another.
#[rustfmt::skip]
pub const CURRENCY_ADJECTIVES: &[(&str, &[&str], Currency)] = &[
    ("Kenyan", SHILLING, Currency::Code("KES")), ("Ugandan", SHILLING, Currency::Code("UGX")),
    ("Uganda", SHILLING, Currency::Code("UGX")), ("Tanzanian", SHILLING, Currency::Code("TZS")),
    ("Somali", SHILLING, Currency::Code("SOS")),
    ("Philippine", PESO, Currency::Code("PHP")), ("Argentine", PESO, Currency::Code("ARS")),
    ("Argentinian", PESO, Currency::Code("ARS")), ("Chilean", PESO, Currency::Code("CLP")),
    ("Colombian", PESO, Currency::Code("COP")), ("Uruguayan", PESO, Currency::Code("UYU")),
    ("Dominican", PESO, Currency::Code("DOP")), ("Cuban", PESO, Currency::Code("CUP")),
    ("Mexican", PESO, Currency::Code("MXN")),
    ("Egyptian", POUND, Currency::Code("EGP")), ("Lebanese", POUND, Currency::Code("LBP")),
    ("Syrian", POUND, Currency::Code("SYP")), ("South Sudanese", POUND, Currency::Code("SSP")),
    ("Sudanese", POUND, Currency::Code("SDG")),
    ("Kuwaiti", DINAR, Currency::Code("KWD")), ("Bahraini", DINAR, Currency::Code("BHD")),
    ("Jordanian", DINAR, Currency::Code("JOD")), ("Iraqi", DINAR, Currency::Code("IQD")),
    ("Algerian", DINAR, Currency::Code("DZD")), ("Tunisian", DINAR, Currency::Code("TND")),
    ("Libyan", DINAR, Currency::Code("LYD")), ("Serbian", DINAR, Currency::Code("RSD")),
    ("Moroccan", DIRHAM, Currency::Code("MAD")), ("UAE", DIRHAM, Currency::Code("AED")),
    ("Emirati", DIRHAM, Currency::Code("AED")),
    ("Iranian", RIAL, Currency::Code("IRR")), ("Omani", RIAL, Currency::Code("OMR")),
    ("Yemeni", RIAL, Currency::Code("YER")), ("Saudi", RIYAL, Currency::Code("SAR")),
    ("Qatari", RIYAL, Currency::Code("QAR")),
    ("Swiss", FRANC, Currency::Code("CHF")), ("Rwandan", FRANC, Currency::Code("RWF")),
    ("Rwanda", FRANC, Currency::Code("RWF")), ("Burundian", FRANC, Currency::Code("BIF")),
    ("Burundi", FRANC, Currency::Code("BIF")), ("Guinean", FRANC, Currency::Code("GNF")),
    ("Congolese", FRANC, Currency::Code("CDF")), ("Djiboutian", FRANC, Currency::Code("DJF")),
    ("Djibouti", FRANC, Currency::Code("DJF")), ("Comorian", FRANC, Currency::Code("KMF")),
    ("CFP", FRANC, Currency::Code("XPF")),
    ("Swedish", KRONA, Currency::Code("SEK")), ("Icelandic", KRONA, Currency::Code("ISK")),
    ("Norwegian", KRONE, Currency::Code("NOK")), ("Danish", KRONE, Currency::Code("DKK")),
    ("Czech", &["korunas", "koruny", "korun", "koruna"], Currency::Code("CZK")),
    ("Zambian", KWACHA, Currency::Code("ZMW")), ("Malawian", KWACHA, Currency::Code("MWK")),
    ("Malawi", KWACHA, Currency::Code("MWK")),
    ("Romanian", LEU, Currency::Code("RON")), ("Moldovan", LEU, Currency::Code("MDL")),
    ("Bulgarian", LEV, Currency::Code("BGN")), ("Brazilian", REAL, Currency::Code("BRL")),
    ("Peruvian", SOL, Currency::Code("PEN")), ("Kyrgyz", SOM, Currency::Code("KGS")),
    ("Uzbek", SOM, Currency::Code("UZS")), ("Azerbaijani", MANAT, Currency::Code("AZN")),
    ("Turkmen", MANAT, Currency::Code("TMT")), ("Costa Rican", COLON, Currency::Code("CRC")),
    ("Salvadoran", COLON, Currency::Code("SVC")), ("Armenian", DRAM, Currency::Code("AMD")),
    ("Indian", RUPEE, Currency::Code("INR")), ("Pakistani", RUPEE, Currency::Code("PKR")),
    ("Sri Lankan", RUPEE, Currency::Code("LKR")), ("Nepalese", RUPEE, Currency::Code("NPR")),
    ("Nepali", RUPEE, Currency::Code("NPR")), ("Mauritian", RUPEE, Currency::Code("MUR")),
    ("Seychellois", RUPEE, Currency::Code("SCR")), ("Seychelles", RUPEE, Currency::Code("SCR")),
    ("Jamaican", DOLLAR, Currency::Code("JMD")), ("Trinidad and Tobago", DOLLAR, Currency::Code("TTD")),
    ("TT", DOLLAR, Currency::Code("TTD")), ("Barbados", DOLLAR, Currency::Code("BBD")),
    ("Barbadian", DOLLAR, Currency::Code("BBD")), ("Bahamian", DOLLAR, Currency::Code("BSD")),
    ("Belize", DOLLAR, Currency::Code("BZD")), ("Belizean", DOLLAR, Currency::Code("BZD")),
    ("Guyana", DOLLAR, Currency::Code("GYD")), ("Guyanese", DOLLAR, Currency::Code("GYD")),
    ("Fiji", DOLLAR, Currency::Code("FJD")), ("Fijian", DOLLAR, Currency::Code("FJD")),
    ("Namibia", DOLLAR, Currency::Code("NAD")), ("Namibian", DOLLAR, Currency::Code("NAD")),
    ("Liberian", DOLLAR, Currency::Code("LRD")), ("Brunei", DOLLAR, Currency::Code("BND")),
    ("Eastern Caribbean", DOLLAR, Currency::Code("XCD")), ("East Caribbean", DOLLAR, Currency::Code("XCD")),
    ("EC", DOLLAR, Currency::Code("XCD")), ("Zimbabwe", DOLLAR, Currency::Code("ZWL")),
    ("Zimbabwean", DOLLAR, Currency::Code("ZWL")), ("Solomon Islands", DOLLAR, Currency::Code("SBD")),
    ("Cayman Islands", DOLLAR, Currency::Code("KYD")), ("Bermudian", DOLLAR, Currency::Code("BMD")),
    ("Surinamese", DOLLAR, Currency::Code("SRD")), ("New Taiwan", DOLLAR, Currency::Code("TWD")),
    ("Taiwan", DOLLAR, Currency::Code("TWD")), ("Japanese", YEN, Currency::Code("JPY")),
    ("South Korean", WON, Currency::Code("KRW")), ("Korean", WON, Currency::Code("KRW")),
    ("North Korean", WON, Currency::Code("KPW")), ("South African", RAND, Currency::Code("ZAR")),
    ("Russian", RUBLE, Currency::Code("RUB")), ("Belarusian", RUBLE, Currency::Code("BYN")),
    ("Turkish", LIRA, Currency::Code("TRY")),
    ("Kenya", SHILLING, Currency::Code("KES")), ("Tanzania", SHILLING, Currency::Code("TZS")),
    ("Sri Lanka", RUPEE, Currency::Code("LKR")), ("Pakistan", RUPEE, Currency::Code("PKR")),
    ("Mauritius", RUPEE, Currency::Code("MUR")), ("Zambia", KWACHA, Currency::Code("ZMW")),
    // A country before its one currency's word (`Ghana cedis`): no
    // forms, the word of that currency.
    ("Ghana", &[], Currency::Code("GHS")), ("Ghanaian", &[], Currency::Code("GHS")),
    ("Nigerian", &[], Currency::Code("NGN")), ("Ethiopian", &[], Currency::Code("ETB")),
    ("Bangladeshi", &[], Currency::Code("BDT")), ("Bangladesh", &[], Currency::Code("BDT")),
    ("Thai", &[], Currency::Code("THB")), ("Malaysian", &[], Currency::Code("MYR")),
    ("Indonesian", &[], Currency::Code("IDR")), ("Vietnamese", &[], Currency::Code("VND")),
    ("Polish", &[], Currency::Code("PLN")), ("Hungarian", &[], Currency::Code("HUF")),
    ("Ukrainian", &[], Currency::Code("UAH")), ("Georgian", &[], Currency::Code("GEL")),
    ("Kazakh", &[], Currency::Code("KZT")), ("Kazakhstani", &[], Currency::Code("KZT")),
    ("Mongolian", &[], Currency::Code("MNT")), ("Afghan", &[], Currency::Code("AFN")),
    ("Cambodian", &[], Currency::Code("KHR")), ("Lao", &[], Currency::Code("LAK")),
    ("Myanmar", &[], Currency::Code("MMK")), ("Maldivian", &[], Currency::Code("MVR")),
    ("Bhutanese", &[], Currency::Code("BTN")), ("Angolan", &[], Currency::Code("AOA")),
    ("Mozambican", &[], Currency::Code("MZN")), ("Malagasy", &[], Currency::Code("MGA")),
    ("Botswana", &[], Currency::Code("BWP")), ("Gambian", &[], Currency::Code("GMD")),
    ("Sierra Leonean", &[], Currency::Code("SLE")), ("Mauritanian", &[], Currency::Code("MRU")),
    ("Eritrean", &[], Currency::Code("ERN")), ("Swazi", &[], Currency::Code("SZL")),
    ("Lesotho", &[], Currency::Code("LSL")), ("Haitian", &[], Currency::Code("HTG")),
    ("Honduran", &[], Currency::Code("HNL")), ("Guatemalan", &[], Currency::Code("GTQ")),
    ("Nicaraguan", &[], Currency::Code("NIO")), ("Panamanian", &[], Currency::Code("PAB")),
    ("Bolivian", &[], Currency::Code("BOB")), ("Paraguayan", &[], Currency::Code("PYG")),
    ("Venezuelan", &[], Currency::Code("VES")), ("Israeli", &[], Currency::Code("ILS")),
    ("new Israeli", &[], Currency::Code("ILS")), ("Macedonian", &[], Currency::Code("MKD")),
    ("Albanian", &[], Currency::Code("ALL")), ("Tajik", &[], Currency::Code("TJS")),
    ("Papua New Guinea", &[], Currency::Code("PGK")), ("Macanese", &[], Currency::Code("MOP")),
];

/// A currency word several countries use, and the evidence that decides
/// which country's it is in a document: markers counted over the whole
/// text (the code named most often wins, ties to the first in the table;
/// a marker with the code `""` is counted for none, so that `Nigeria` is
/// no `Niger` and `Papua New Guinea` no `Guinea`), else the default.
#[derive(Debug)]
pub struct CurrencyFamily {
    pub name: &'static str,
    pub default: &'static str,
    pub evidence: &'static [&'static [(&'static str, &'static str)]],
}

/// The countries of the West African CFA franc (BCEAO, UEMOA).
#[rustfmt::skip]
const WEST_CFA: &[(&str, &str)] = &[
    ("Senegal", "XOF"), ("Côte d'Ivoire", "XOF"), ("Cote d'Ivoire", "XOF"), ("Côte d’Ivoire", "XOF"),
    ("Ivory Coast", "XOF"), ("Mali", "XOF"), ("Burkina Faso", "XOF"), ("Niger", "XOF"),
    ("Nigeria", ""), ("Togo", "XOF"), ("Benin", "XOF"), ("Guinea-Bissau", "XOF"), ("BCEAO", "XOF"),
    ("WAEMU", "XOF"), ("UEMOA", "XOF"), ("XOF", "XOF"),
];

/// The countries of the Central African CFA franc (BEAC, CEMAC).
#[rustfmt::skip]
const CENTRAL_CFA: &[(&str, &str)] = &[
    ("Cameroon", "XAF"), ("Gabon", "XAF"), ("Chad", "XAF"), ("Central African Republic", "XAF"),
    ("Equatorial Guinea", "XAF"), ("Republic of Congo", "XAF"), ("Republic of the Congo", "XAF"),
    ("Democratic Republic of the Congo", ""), ("Congo-Brazzaville", "XAF"), ("BEAC", "XAF"),
    ("CEMAC", "XAF"), ("XAF", "XAF"),
];

/// Words before `rate` that name a rate stated in percent (`the policy
/// rate`, `the unemployment rate`): a bare number with a fraction set or
/// held `at`/`to` such a rate is a percentage (`retained the policy rate at
/// 8.50`). Not the exchange, birth or fertility rates, which are no
/// percentages.
#[rustfmt::skip]
pub const PERCENT_RATE_NAMES: &[&str] = &[
    "policy", "repo", "base", "lending", "interest", "cash", "bank", "discount", "reference",
    "benchmark", "prime", "deposit", "refinancing", "overnight", "growth", "inflation",
    "unemployment",
];

/// Central banks' policy rates named by their acronym alone, as written
/// (`raised the CBR to 9.50`), read as [`PERCENT_RATE_NAMES`] are.
pub const PERCENT_RATE_ACRONYMS: &[&str] = &["CBR", "OCR", "MPR"];

/// The currency families, each named as [`Currency::Family`] names it.
#[rustfmt::skip]
pub const CURRENCY_FAMILIES: &[CurrencyFamily] = &[
    CurrencyFamily { name: "shilling", default: "KES", evidence: &[&[
        ("Kenya", "KES"), ("KES", "KES"), ("Uganda", "UGX"), ("UGX", "UGX"), ("Tanzania", "TZS"),
        ("Zanzibar", "TZS"), ("TZS", "TZS"), ("Somalia", "SOS"), ("Somali", "SOS"),
    ]] },
    CurrencyFamily { name: "peso", default: "MXN", evidence: &[&[
        ("Mexico", "MXN"), ("Mexican", "MXN"), ("MXN", "MXN"), ("Philippines", "PHP"),
        ("Philippine", "PHP"), ("Filipino", "PHP"), ("Argentina", "ARS"), ("Argentine", "ARS"),
        ("ARS", "ARS"), ("Chile", "CLP"), ("CLP", "CLP"), ("Colombia", "COP"), ("Uruguay", "UYU"),
        ("UYU", "UYU"), ("Dominican Republic", "DOP"), ("Cuba", "CUP"),
    ]] },
    CurrencyFamily { name: "dinar", default: "KWD", evidence: &[&[
        ("Kuwait", "KWD"), ("KWD", "KWD"), ("Bahrain", "BHD"), ("BHD", "BHD"), ("Jordan", "JOD"),
        ("JOD", "JOD"), ("Iraq", "IQD"), ("IQD", "IQD"), ("Algeria", "DZD"), ("DZD", "DZD"),
        ("Tunisia", "TND"), ("TND", "TND"), ("Libya", "LYD"), ("Serbia", "RSD"),
    ]] },
    CurrencyFamily { name: "dirham", default: "AED", evidence: &[&[
        ("United Arab Emirates", "AED"), ("UAE", "AED"), ("Emirati", "AED"), ("Dubai", "AED"),
        ("Abu Dhabi", "AED"), ("AED", "AED"), ("Morocco", "MAD"), ("Moroccan", "MAD"),
        ("Bank Al-Maghrib", "MAD"),
    ]] },
    CurrencyFamily { name: "rial", default: "IRR", evidence: &[&[
        ("Iran", "IRR"), ("IRR", "IRR"), ("Oman", "OMR"), ("OMR", "OMR"), ("Yemen", "YER"),
    ]] },
    CurrencyFamily { name: "riyal", default: "SAR", evidence: &[&[
        ("Saudi", "SAR"), ("SAR", "SAR"), ("Qatar", "QAR"), ("QAR", "QAR"),
    ]] },
    CurrencyFamily { name: "franc", default: "CHF", evidence: &[&[
        ("Switzerland", "CHF"), ("Swiss", "CHF"), ("CHF", "CHF"), ("Rwanda", "RWF"), ("RWF", "RWF"),
        ("Burundi", "BIF"), ("Guinea", "GNF"), ("Papua New Guinea", ""), ("New Guinea", ""),
        ("Democratic Republic of the Congo", "CDF"), ("DRC", "CDF"), ("Djibouti", "DJF"),
        ("Comoros", "KMF"),
    ], WEST_CFA, CENTRAL_CFA] },
    CurrencyFamily { name: "CFA franc", default: "XOF", evidence: &[WEST_CFA, CENTRAL_CFA] },
    CurrencyFamily { name: "krona", default: "SEK", evidence: &[&[
        ("Sweden", "SEK"), ("Swedish", "SEK"), ("SEK", "SEK"), ("Iceland", "ISK"), ("ISK", "ISK"),
    ]] },
    CurrencyFamily { name: "krone", default: "NOK", evidence: &[&[
        ("Norway", "NOK"), ("Norwegian", "NOK"), ("NOK", "NOK"), ("Denmark", "DKK"),
        ("Danish", "DKK"), ("DKK", "DKK"), ("Greenland", "DKK"), ("Faroe", "DKK"),
    ]] },
    CurrencyFamily { name: "kwacha", default: "ZMW", evidence: &[&[
        ("Zambia", "ZMW"), ("ZMW", "ZMW"), ("Malawi", "MWK"), ("MWK", "MWK"),
    ]] },
    CurrencyFamily { name: "leu", default: "RON", evidence: &[&[
        ("Romania", "RON"), ("RON", "RON"), ("Moldova", "MDL"), ("MDL", "MDL"),
    ]] },
    CurrencyFamily { name: "manat", default: "AZN", evidence: &[&[
        ("Azerbaijan", "AZN"), ("AZN", "AZN"), ("Turkmenistan", "TMT"), ("TMT", "TMT"),
    ]] },
    CurrencyFamily { name: "som", default: "KGS", evidence: &[&[
        ("Kyrgyz", "KGS"), ("KGS", "KGS"), ("Uzbekistan", "UZS"), ("UZS", "UZS"),
    ]] },
    CurrencyFamily { name: "colon", default: "CRC", evidence: &[&[
        ("Costa Rica", "CRC"), ("El Salvador", "SVC"),
    ]] },
    CurrencyFamily { name: "B$", default: "BSD", evidence: &[&[
        ("Bahamas", "BSD"), ("Bahamian", "BSD"), ("Brunei", "BND"),
    ]] },
    // A bare `元` in Chinese text: the renminbi, unless the document names
    // the New Taiwan, Hong Kong or Macau dollar more often than the
    // renminbi, the mainland's party and government bodies and the
    // commonest characters of simplified script together (a tie is the
    // renminbi): Taipei, Hong Kong and Macau write traditional script, so
    // a mainland report that names the Hong Kong dollar keeps its yuan.
    // The one table of this evidence; two of its slices decide more:
    // `MAINLAND_BODIES` and `PLACE_SELF` (see `yuan_of_place`).
    CurrencyFamily { name: "元", default: "CNY", evidence: &[
        &[("人民币", "CNY"), ("人民幣", "CNY"), ("RMB", "CNY")],
        MAINLAND_BODIES,
        &[
        ("国", "CNY"), ("发", "CNY"), ("经", "CNY"), ("这", "CNY"), ("业", "CNY"), ("为", "CNY"),
        ("区", "CNY"), ("时", "CNY"), ("会", "CNY"), ("对", "CNY"), ("进", "CNY"), ("实", "CNY"),
        ("资", "CNY"), ("长", "CNY"), ("门", "CNY"),
        ("新台币", "TWD"), ("新台幣", "TWD"), ("台币", "TWD"), ("台幣", "TWD"), ("新臺幣", "TWD"),
        ("臺幣", "TWD"), ("NT$", "TWD"),
        ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("HK$", "HKD"),
        ("澳门元", "MOP"), ("澳門元", "MOP"), ("澳门币", "MOP"), ("澳門幣", "MOP"), ("MOP$", "MOP"),
        // The bodies and budget words only Taipei uses (its Executive,
        // Legislative and Control Yuan, the budget office, the central
        // government's general budget and final accounts, `歲入/歲出` for
        // revenue and spending), and the place names as the three write
        // them: a Taiwan or Hong Kong report often never names its dollar.
        ("行政院", "TWD"), ("立法院", "TWD"), ("監察院", "TWD"), ("主計總處", "TWD"),
        ("中華民國", "TWD"), ("臺灣", "TWD"), ("台灣", "TWD"), ("總決算", "TWD"),
        ("總預算", "TWD"), ("歲入", "TWD"), ("歲出", "TWD"),
        // Taiwan's special municipalities, cities and counties as Taipei
        // writes them, and the county-government words of their releases
        // (`縣府`, `鄉鎮市公所`): a county release never names Taiwan.
        ("臺北市", "TWD"), ("台北市", "TWD"), ("新北市", "TWD"), ("桃園市", "TWD"),
        ("臺中市", "TWD"), ("台中市", "TWD"), ("臺南市", "TWD"), ("台南市", "TWD"),
        ("高雄市", "TWD"), ("基隆市", "TWD"), ("新竹市", "TWD"), ("新竹縣", "TWD"),
        ("嘉義市", "TWD"), ("嘉義縣", "TWD"), ("苗栗縣", "TWD"), ("彰化縣", "TWD"),
        ("南投縣", "TWD"), ("雲林縣", "TWD"), ("屏東縣", "TWD"), ("宜蘭縣", "TWD"),
        ("花蓮縣", "TWD"), ("臺東縣", "TWD"), ("台東縣", "TWD"), ("澎湖縣", "TWD"),
        ("金門縣", "TWD"), ("連江縣", "TWD"), ("縣府", "TWD"), ("鄉鎮市", "TWD"),
        ("香港特別行政區", "HKD"), ("香港", "HKD"), ("財政司司長", "HKD"),
        // `全港` (territory-wide) in traditional script: a Hong Kong policy
        // address may never write `香港`.
        ("全港", "HKD"),
        ("澳門", "MOP"), ("經濟財政司司長", "MOP"),
        // Hong Kong's operating and consolidated accounts, its Capital
        // Works Reserve Fund and statistics department, Macau's statistics
        // bureau, as they write them (a Hong Kong budget article may never
        // write `香港`).
        ("經營帳目", "HKD"), ("經營賬目", "HKD"), ("綜合帳目", "HKD"), ("綜合賬目", "HKD"),
        ("基本工程儲備基金", "HKD"), ("政府統計處", "HKD"), ("統計暨普查局", "MOP"),
        // The taxes only Hong Kong (salaries, profits) and Macau
        // (professional, complementary income) levy, as they write them.
        ("薪俸稅", "HKD"), ("利得稅", "HKD"), ("職業稅", "MOP"), ("所得補充稅", "MOP"),
        ],
        PLACE_SELF,
    ] },
];

/// How many currency families there are.
pub const FAMILY_COUNT: usize = CURRENCY_FAMILIES.len();

/// Each family's code in a document without evidence.
const FAMILY_DEFAULTS: [&str; FAMILY_COUNT] = {
    let mut out = [""; FAMILY_COUNT];
    let mut i = 0;
    while i < FAMILY_COUNT {
        out[i] = CURRENCY_FAMILIES[i].default;
        i += 1;
    }
    out
};

/// Every family marker once (counted leftmost, longest: `Nigeria` is
/// read before `Niger` can match inside it; see [`MarkerIndex`]).
static FAMILY_MARKERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut markers: Vec<&'static str> = Vec::new();
    for family in CURRENCY_FAMILIES {
        for &(marker, _) in family.evidence.iter().copied().flatten() {
            if !markers.contains(&marker) {
                markers.push(marker);
            }
        }
    }
    markers
});

/// The code each currency family stands for, given how often each of its
/// markers (`FAMILY_MARKERS`) was counted in the document.
fn family_codes(tally: &[usize]) -> [&'static str; FAMILY_COUNT] {
    // The markers counted at all (few), each once.
    let counted: Vec<(&'static str, usize)> = FAMILY_MARKERS
        .iter()
        .zip(tally)
        .filter(|(_, n)| **n > 0)
        .map(|(m, n)| (*m, *n))
        .collect();
    let mut codes = FAMILY_DEFAULTS;
    for (code, family) in codes.iter_mut().zip(CURRENCY_FAMILIES) {
        // Counts per code, in the order the codes are first named.
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for &(marker, named) in family.evidence.iter().copied().flatten() {
            let n = counted
                .iter()
                .find(|(m, _)| *m == marker)
                .map_or(0, |(_, n)| *n);
            if named.is_empty() || n == 0 {
                continue;
            }
            match counts.iter_mut().find(|(c, _)| *c == named) {
                Some((_, total)) => *total += n,
                None => counts.push((named, n)),
            }
        }
        let mut best = (*code, 0usize);
        for (named, n) in counts {
            if n > best.1 {
                best = (named, n);
            }
        }
        *code = best.0;
    }
    codes
}

impl DocumentCurrency {
    /// Whether a glued `R` before a number is the rand: the document names
    /// South Africa, its central bank, the rand or the code ZAR.
    pub fn rand(&self) -> bool {
        self.letter_sign("R").is_some()
    }

    /// The code the capital-letter sign `sign` (`K`) stands for in this
    /// document, if it is money here ([`LETTER_SIGNS`]).
    pub fn letter_sign(&self, sign: &str) -> Option<&'static str> {
        LETTER_SIGNS
            .iter()
            .position(|s| s.sign == sign)
            .and_then(|i| self.letters[i])
    }

    /// The code the currency family `name` stands for in this document
    /// (`name` itself if no family has that name).
    pub fn family(&self, name: &'static str) -> &'static str {
        CURRENCY_FAMILIES
            .iter()
            .position(|f| f.name == name)
            .map_or(name, |i| self.families[i])
    }
}

/// The family a money placeholder names (`shilling`), if it is one.
pub fn family_placeholder(placeholder: &str) -> Option<Currency> {
    CURRENCY_FAMILIES
        .iter()
        .find(|f| f.name == placeholder)
        .map(|f| Currency::Family(f.name))
}

/// `Kenyan shillings`, `Trinidad and Tobago dollars` at the start of
/// `rest`: the currency and the length of both words.
fn adjective_currency_at(rest: &str) -> Option<(Currency, usize)> {
    let first = rest.as_bytes().first()?.to_ascii_lowercase();
    ADJECTIVES_BY_FIRST_BYTE[usize::from(first)]
        .iter()
        .find_map(|&(adjective, forms, currency)| {
            let head = rest.get(..adjective.len())?;
            if !head.eq_ignore_ascii_case(adjective) {
                return None;
            }
            let after = &rest[adjective.len()..];
            let after = after.strip_prefix([' ', '\n', '-'])?;
            let len = if forms.is_empty() {
                let ((found, minor), len) = LEXICON.currencies.find(after)?;
                (found == currency && !minor).then_some(len)?
            } else {
                forms
                    .iter()
                    .find(|f| starts_with_form(after, f, false))?
                    .len()
            };
            Some((currency, rest.len() - after.len() + len))
        })
}

/// [`CURRENCY_ADJECTIVES`] bucketed by their lower-cased first byte, in
/// table order (longer adjectives first where one starts another): a
/// lookup tries only the adjectives that can match.
type Adjective = (&'static str, &'static [&'static str], Currency);
static ADJECTIVES_BY_FIRST_BYTE: LazyLock<Vec<Vec<Adjective>>> = LazyLock::new(|| {
    let mut buckets = vec![Vec::new(); 256];
    for &row in CURRENCY_ADJECTIVES {
        if let Some(&first) = row.0.as_bytes().first() {
            buckets[usize::from(first.to_ascii_lowercase())].push(row);
        }
    }
    buckets
});

/// An ISO code of [`MORE_ISO_CODES`] written in capitals after an amount
/// (`300 million AED`; only after a scale word); its length is 3.
fn capital_code_at(rest: &str) -> Option<Currency> {
    let code = rest.get(..3)?;
    // (Every code is three capitals: most words are rejected here.)
    if !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let known = MORE_ISO_CODES.iter().find(|&&k| k == code)?;
    ends_at_boundary(rest, code).then_some(Currency::Code(known))
}

/// The currency word at the start of `rest`, ordinary words included:
/// `(currency, minor, length, ordinary)`.
fn currency_word_at(rest: &str) -> Option<(Currency, bool, usize, bool)> {
    if let Some((currency, len)) = adjective_currency_at(rest) {
        return Some((currency, false, len, false));
    }
    // A code after the amount only after a scale word (`300 million
    // AED`): `two AOA sensors` are angle-of-attack sensors.
    if let Some((currency, len)) = capital_code_at(rest).map(|c| (c, 3)) {
        return Some((currency, false, len, true));
    }
    let ((currency, minor), len) = LEXICON.currencies.find(rest)?;
    let ordinary = ORDINARY_CURRENCY_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(&rest[..len]));
    Some((currency, minor, len, ordinary))
}

/// A currency word right after a scale word (`5 billion reais`, `300
/// million soles`): like [`currency_suffix_at`], ordinary words included.
pub fn currency_suffix_after_scale_at(rest: &str) -> Option<(Currency, bool, usize)> {
    let (currency, minor, len, _) = currency_word_at(rest)?;
    if names_a_region(&rest[..len], &rest[len..]) {
        return None;
    }
    Some((currency, minor, len))
}

/// Whether a currency code glued to the digits (`GHS7 billion`,
/// `ZMW1,250.5`) makes `after` (the text from the digits on) an amount:
/// the number has a decimal or thousands mark, or a scale word follows.
/// `COP28` (a conference) has neither.
pub fn glued_code_amount(after: &str) -> bool {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &after[digits..];
    let marked = rest.len() > 1
        && matches!(rest.as_bytes()[0], b'.' | b',')
        && rest.as_bytes()[1].is_ascii_digit();
    let number = after
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    // (The scale word may open the next line: `K5⏎billion`.)
    let rest = after[number..].trim_start_matches(crate::extract::token::is_space);
    marked || scale_at(rest, true).is_some_and(|(scale, _)| scale >= 1_000)
}

/// Does `head` end with `form`, ASCII-case-insensitively, allowing one
/// space before a `$` (`hk $`)? Returns where the match starts.
fn ends_with_currency(head: &str, form: &str, exact: bool) -> Option<usize> {
    let same = |a: &str, b: &str| {
        if exact {
            a == b
        } else {
            a.eq_ignore_ascii_case(b)
        }
    };
    if let Some(start) = head.len().checked_sub(form.len())
        && head.get(start..).is_some_and(|tail| same(tail, form))
    {
        return Some(start);
    }
    // `HK $5`, but never `Plan B $5` or `option C $5`: a space before
    // the `$` of a sign only after two letters or more.
    let letters = form.strip_suffix('$').filter(|l| l.len() >= 2)?;
    let before_dollar = head.strip_suffix(" $")?;
    let start = before_dollar.len().checked_sub(letters.len())?;
    before_dollar
        .get(start..)
        .is_some_and(|tail| same(tail, letters))
        .then_some(start)
}

/// A currency symbol or code ending exactly at the end of `head`, with the
/// byte offset where it starts.
pub fn currency_prefix_before(head: &str) -> Option<(Currency, usize)> {
    let last = head.as_bytes().last()?.to_ascii_lowercase();
    PREFIXES_BY_LAST_BYTE[usize::from(last)]
        .iter()
        .filter(|prefix| prefix.may_end(head.as_bytes()))
        .find_map(
            |&Prefix {
                 form,
                 currency,
                 exact,
                 ..
             }| {
                let start = ends_with_currency(head, form, exact)?;
                // Letter codes need a boundary before them (not `PRS 5`).
                let starts_wordy = form.chars().next().is_some_and(char::is_alphabetic);
                let glued = head[..start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '’');
                (!(starts_wordy && glued)).then_some((currency, start))
            },
        )
}

/// A fixed-seed xorshift generator for the tests that glue random texts
/// (here and in `conventions`).
#[cfg(test)]
pub(crate) fn xorshift() -> impl FnMut() -> u64 {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::kinds;

    fn unit(rest: &str) -> Option<(&'static str, usize)> {
        unit_at(rest).map(|(u, len)| (u.symbol, len))
    }

    #[test]
    fn a_glued_m_is_a_million_before_people_or_a_unit_else_a_metre() {
        assert_eq!(kinds("Output reached 2.5m tonnes."), ["mass 2500000 t"]);
        assert_eq!(kinds("Some 22.6m men and women"), ["count 22600000 "]);
        assert_eq!(
            kinds("Of these, 17.3m were in the euro area."),
            ["count 17300000 "]
        );
        assert_eq!(kinds("A 2.5m high wall was built."), ["length 2.5 m"]);
        assert_eq!(
            kinds("Employment rose 131,000 to 17.3m in September, and fell by 12,000 to 1.1m."),
            [
                "count 131000 ",
                "count 17300000 ",
                "count 12000 ",
                "count 1100000 "
            ]
        );
        assert_eq!(
            kinds("The number of jobless people fell from 1.4m to 1.2m."),
            ["count 1400000 ", "count 1200000 "]
        );
        // (A change of heights, and a count that is no partner: metres.)
        assert_eq!(
            kinds("The river rose from 1.4m to 2.2m; the wall rose 20 to 35m."),
            ["length 1.4 m", "length 2.2 m", "length 20 m"]
        );
        assert_eq!(kinds("Workers built a 2.5m high wall."), ["length 2.5 m"]);
        assert_eq!(
            kinds("1m is equal to 10 dm"),
            ["length 1 m", "length 10 dm"]
        );
    }

    #[test]
    fn ore_is_the_hundredth_of_the_krone_and_the_krona() {
        assert_eq!(
            kinds("Electricity cost 30.5 øre per kWh in Norway."),
            ["money 0.305 NOK"]
        );
        assert_eq!(
            kinds("In Sweden it cost 95 öre per kWh."),
            ["money 0.95 SEK"]
        );
    }

    #[test]
    fn unit_micrograms_both_micro_signs() {
        assert_eq!(unit("μg/m3 in"), Some(("ug/m3", "μg/m3".len())));
        assert_eq!(unit("µg/m³."), Some(("ug/m3", "µg/m³".len())));
    }

    #[test]
    fn unit_needs_word_boundary() {
        assert_eq!(unit("mu of"), Some(("mu", 2)));
        assert_eq!(unit("multiple"), None);
        assert_eq!(unit("members"), None);
    }

    #[test]
    fn unit_symbols_are_case_sensitive() {
        assert_eq!(unit("GW of"), Some(("GW", 2)));
        assert_eq!(unit("gw of"), None);
        assert_eq!(unit("T"), None);
    }

    #[test]
    fn unit_longest_form_wins() {
        assert_eq!(unit("percentage points"), Some(("pp", 17)));
        assert_eq!(unit("tons of standard coal"), Some(("tce", 21)));
        assert_eq!(unit("kilowatt-hours"), Some(("kWh", 14)));
    }

    #[test]
    fn kitchen_measures_are_us_customary_volumes() {
        let litres = |symbol: &str| {
            unit_by_symbol(symbol)
                .map(|u| (u.to_base(Decimal::ONE) * Decimal::from(1000)).round_dp(5))
        };
        assert_eq!(litres("tsp"), Some(Decimal::new(493, 5)));
        assert_eq!(litres("tbsp"), Some(Decimal::new(1479, 5)));
        assert_eq!(litres("cup"), Some(Decimal::new(23659, 5)));
        assert_eq!(unit("tablespoons butter"), Some(("tbsp", 11)));
    }

    #[test]
    fn in_is_a_unit_only_where_the_clause_ends() {
        let inch = |rest: &str| clause_final_unit_at(rest).map(|(u, len)| (u.symbol, len));
        assert_eq!(inch("in."), Some(("in", 2)));
        assert_eq!(inch("in thick"), Some(("in", 2)));
        assert_eq!(inch("in"), Some(("in", 2)));
        assert_eq!(inch("in 2023"), None);
        assert_eq!(inch("in the west"), None);
        assert_eq!(inch("inch"), None);
    }

    #[test]
    fn joules_convert_to_kilowatt_hours() {
        let kwh = |symbol: &str, value: i64| {
            unit_by_symbol(symbol).map(|u| u.to_base(Decimal::from(value)).round_dp(6))
        };
        assert_eq!(kwh("MJ", 36), Some(Decimal::TEN));
        assert_eq!(kwh("kJ", 3600), Some(Decimal::ONE));
        assert_eq!(kwh("EJ", 36), Some(Decimal::from(10_000_000_000_000u64)));
        assert_eq!(unit("petajoules of"), Some(("PJ", 10)));
        assert_eq!(unit("µm thick"), Some(("um", "µm".len())));
    }

    #[test]
    fn the_hong_kong_and_macao_governments_count_in_their_own_dollar() {
        let yuan = |text: &str| DocumentCurrency::of(text).family("元");
        // Hong Kong's fiscal year in Chinese numerals, in either script.
        assert_eq!(
            yuan("二零二一/二二年度的总收入预计为五千九百一十一亿元。"),
            "HKD"
        );
        assert_eq!(yuan("比二零一八/一九年度增加百分之三十六點九"), "HKD");
        assert_eq!(yuan("配合本港人力需求，涉及开支每年约四亿元。"), "HKD");
        assert_eq!(yuan("本澳的博彩税收入为九百亿元。"), "MOP");
        // A mainland body names a mainland document; a marketing year in
        // digits is no Hong Kong fiscal year.
        assert_eq!(yuan("国务院批准，本港与内地合作项目投资三亿元。"), "CNY");
        assert_eq!(yuan("2023/24年度全球棉花产量增加，收入五亿元。"), "CNY");
        // A large file counted in pieces decides as the whole text: the
        // fiscal years of each piece add up.
        let pieces = ["二零二一/二二年度的总收入预计为", "五千九百一十一亿元。\n"];
        let mut whole = CurrencyEvidence::default();
        for piece in pieces {
            let mut part = CurrencyEvidence::default();
            part.feed(piece);
            whole.merge(&part);
        }
        assert_eq!(whole.decide(), DocumentCurrency::of(&pieces.concat()));
        assert_eq!(whole.decide().family("元"), "HKD");
    }

    #[test]
    fn mu_converts_to_hectares() {
        let mu = unit_by_symbol("mu").map(|u| u.to_base(Decimal::from(15)));
        assert_eq!(mu, Some(Decimal::ONE));
    }

    #[test]
    fn no_currency_code_or_sign_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        let signs = CURRENCY_PREFIXES.iter().chain(CAPITAL_CURRENCY_PREFIXES);
        for form in signs.map(|f| f.0).chain(MORE_ISO_CODES.iter().copied()) {
            assert!(seen.insert(form), "{form}");
        }
    }

    #[test]
    fn scale_words() {
        assert_eq!(scale_at("billion yuan", false), Some((1_000_000_000, 7)));
        assert_eq!(scale_at("crore", false), Some((10_000_000, 5)));
        assert_eq!(scale_at("m of", false), None);
        assert_eq!(scale_at("m of", true), Some((1_000_000, 1)));
        assert_eq!(scale_at("millions", false), None);
    }

    #[test]
    fn currency_prefixes() {
        assert_eq!(
            currency_prefix_before("cost US$"),
            Some((Currency::Code("USD"), 5))
        );
        assert_eq!(
            currency_prefix_before("over $"),
            Some((Currency::Dollar, 5))
        );
        assert_eq!(currency_prefix_before("Rs "), None);
        assert_eq!(
            currency_prefix_before("paid hk $"),
            Some((Currency::Code("HKD"), 5))
        );
        assert_eq!(
            currency_prefix_before("rmb"),
            Some((Currency::Code("CNY"), 0))
        );
        assert_eq!(
            currency_prefix_before("cost us $"),
            Some((Currency::Dollar, 8))
        );
        assert_eq!(
            currency_prefix_before("Putin’s $"),
            Some((Currency::Dollar, 10))
        );
        assert_eq!(currency_prefix_before("a $"), Some((Currency::Dollar, 2)));
        assert_eq!(currency_prefix_before("PRs"), None);
    }

    /// Texts of markers, pieces of markers and ordinary words glued in
    /// random order (a fixed seed).
    fn marker_soup(markers: &[&str], count: usize) -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        for marker in markers {
            let cut = marker
                .char_indices()
                .nth(2)
                .map_or(marker.len(), |(i, _)| i);
            pieces.push(marker.to_string());
            pieces.push(marker[..cut].to_string());
            pieces.push(marker[cut..].to_string());
        }
        for word in [
            " ", "s ", ", ", "a", "r", "and", "brand", "\n", "国", "é", "$", "G",
        ] {
            pieces.push(word.to_string());
        }
        let mut next = xorshift();
        (0..count)
            .map(|_| {
                let n = 1 + next() as usize % 12;
                (0..n)
                    .map(|_| pieces[next() as usize % pieces.len()].as_str())
                    .collect()
            })
            .collect()
    }

    /// Whether a marker found at `found` in `text` is one the index may
    /// pass over: a lower-case evidence marker after an ASCII letter or
    /// digit (it would not count, see [`CurrencyEvidence::feed`]).
    fn passed_over(text: &str, table: usize, found: &std::ops::Range<usize>) -> bool {
        let before = text[..found.start].bytes().next_back();
        table != FAMILY_TABLE
            && text[found.clone()].starts_with(|c: char| c.is_ascii_lowercase())
            && before.is_some_and(|b| b.is_ascii_alphanumeric())
    }

    #[test]
    fn markers_are_counted_as_a_leftmost_longest_automaton_counts_them() {
        let evidence: Vec<&str> = evidence_markers().collect();
        let tables: [&[&str]; 2] = [&evidence, &FAMILY_MARKERS];
        let all: Vec<&str> = tables.concat();
        assert!(
            all.iter().all(|m| m.len() >= 2),
            "the index reads two bytes"
        );
        let automata = tables.map(|markers| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(markers)
                .unwrap()
        });
        for text in marker_soup(&all, 4000) {
            let mut scanned = [Vec::new(), Vec::new()];
            MARKER_INDEX.scan(&text, |table, index, found| {
                if !passed_over(&text, table, &found) {
                    scanned[table].push((index, found))
                }
            });
            for (table, (automaton, scanned)) in automata.iter().zip(&scanned).enumerate() {
                let expected: Vec<_> = automaton
                    .find_iter(&text)
                    .map(|m| (m.pattern().as_usize(), m.range()))
                    .filter(|(_, found)| !passed_over(&text, table, found))
                    .collect();
                assert_eq!(scanned, &expected, "{text:?}");
            }
        }
    }

    /// The index looks for a lower-case evidence marker only at the start
    /// of a word; where it passes one over, it must miss no other marker:
    /// none may start inside a lower-case marker where the index would
    /// look (at a byte that is not a lower-case letter, or after one that
    /// is no letter or digit), and no family marker is lower-case.
    #[test]
    fn no_marker_starts_inside_a_lower_case_marker() {
        let evidence: Vec<&str> = evidence_markers().collect();
        for lower in evidence
            .iter()
            .filter(|m| m.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            let bytes = lower.as_bytes();
            for inside in (1..bytes.len()).filter(|&i| lower.is_char_boundary(i)) {
                let looked_at = !bytes[inside].is_ascii_lowercase()
                    || !bytes[inside - 1].is_ascii_alphanumeric();
                let tail = &lower[inside..];
                let clash = evidence
                    .iter()
                    .find(|m| m.starts_with(tail) || tail.starts_with(**m));
                assert!(!looked_at || clash.is_none(), "{clash:?} inside {lower:?}");
            }
        }
        assert!(
            FAMILY_MARKERS
                .iter()
                .all(|m| !m.starts_with(|c: char| c.is_ascii_lowercase()))
        );
    }

    #[test]
    fn the_code_named_most_wins_and_a_tie_goes_to_the_first_named() {
        let evidence = [("a", "X"), ("b", "Y"), ("c", "X"), ("d", "Z")];
        assert_eq!(most_named(&evidence, &[0, 2, 2, 0], "D"), "X");
        assert_eq!(most_named(&evidence, &[0, 3, 2, 0], "D"), "Y");
        assert_eq!(most_named(&evidence, &[1, 0, 1, 3], "D"), "Z");
        assert_eq!(most_named(&evidence, &[0, 0, 0, 0], "D"), "D");
    }

    #[test]
    fn document_dollar_follows_evidence() {
        assert_eq!(
            DocumentCurrency::of("Hong Kong spends $5 billion").dollar,
            "HKD"
        );
        assert_eq!(
            DocumentCurrency::of("Singapore will set aside $1 billion").dollar,
            "SGD"
        );
        assert_eq!(DocumentCurrency::of("we spent $5 billion").dollar, "USD");
        assert_eq!(DocumentCurrency::of("¥5 and 2 yuan").yen, "CNY");
    }

    #[test]
    fn provinces_and_states_name_their_countrys_dollar() {
        let statcan = "Employment rose in Ontario and Quebec; wages were up (+$0.99 to $31.06).";
        assert_eq!(DocumentCurrency::of(statcan).dollar, "CAD");
        let state = "a budget for all Tasmanians: a deficit of $285 million";
        assert_eq!(DocumentCurrency::of(state).dollar, "AUD");
        // A bilingual record names the province in French.
        let record = "Colombie-Britannique Discours du budget: a surplus of $1.2 billion";
        assert_eq!(DocumentCurrency::of(record).dollar, "CAD");
    }

    #[test]
    fn new_zealand_treasury_terms_name_its_dollar() {
        // A report on the Crown accounts never names the country.
        let crown = "Core Crown tax revenue was $54.5b - that was $375m less than forecast.";
        assert_eq!(DocumentCurrency::of(crown).dollar, "NZD");
        let update = "the surplus was $910 million higher than forecast in the HYEFU";
        assert_eq!(DocumentCurrency::of(update).dollar, "NZD");
        assert_eq!(
            DocumentCurrency::of("a MYEFO deficit of $36 billion").dollar,
            "AUD"
        );
    }

    #[test]
    fn press_percent_abbreviations() {
        assert_eq!(
            kinds("Exports grew 26pc, imports 26 pc, remittances 3.5 p.c. and loans 4 pct."),
            [
                "percent 26 %",
                "percent 26 %",
                "percent 3.5 %",
                "percent 4 %"
            ]
        );
        // In capitals it is a computer, not a percent.
        assert_eq!(
            kinds("They bought 26 PCs and 3 PC units."),
            ["count 26 ", "count 3 "]
        );
    }

    #[test]
    fn a_fraction_of_one_point_or_one_percent() {
        assert_eq!(
            kinds("It fell 0.3 of a percentage point, or 0.2 of one per cent."),
            ["percentage_point 0.3 pp", "percent 0.2 %"]
        );
    }

    #[test]
    fn capital_letter_signs_follow_the_country_named() {
        // Zambia: `K` is the kwacha before an amount plainly money.
        assert_eq!(
            kinds("Zambia's deficit was K952 billion, or K5.2 million a district; K12 roads."),
            ["money 952000000000 ZMW", "money 5200000 ZMW"]
        );
        // Malawi's budget writes `MK`, also apart, and its `K` is the
        // Malawi kwacha (the country named most among the sign's).
        assert_eq!(
            kinds("Malawi will spend MK 300 billion and K1.2 trillion; Zambia K5 billion; Malawi."),
            [
                "money 300000000000 MWK",
                "money 1200000000000 MWK",
                "money 5000000000 MWK"
            ]
        );
        // Botswana's pula, Eswatini's lilangeni, Nigeria's naira; the
        // Philippine peso stays where the Philippines are named.
        assert_eq!(kinds("Botswana: P60.2 billion"), ["money 60200000000 BWP"]);
        assert_eq!(kinds("Eswatini: E2.3 billion"), ["money 2300000000 SZL"]);
        assert_eq!(kinds("Nigeria: N2.5 trillion"), ["money 2500000000000 NGN"]);
        assert_eq!(
            kinds("the Philippines: P6.352 trillion"),
            ["money 6352000000000 PHP"]
        );
        // Without the country, or spaced apart, a letter is no money.
        assert_eq!(
            kinds("K952 billion and N2.5 trillion"),
            Vec::<String>::new()
        );
        assert_eq!(kinds("Zambia: K 952 billion"), ["count 952000000000 "]);
        assert_eq!(
            kinds("Ethiopia: Birr 12 billion"),
            ["money 12000000000 ETB"]
        );
        assert_eq!(
            kinds(
                "Uganda: the Shillings 32.7 trillion budget; Rupees 500 crore; the shillings 5 bid"
            ),
            [
                "money 32700000000000 UGX",
                "money 5000000000 INR",
                "count 5 "
            ]
        );
        // The scale word may open the next line (Malawi's mid-year review).
        assert_eq!(
            kinds("Malawi: just over K5\nbillion by the Police"),
            ["money 5000000000 MWK"]
        );
    }

    #[test]
    fn iso_code_before_the_dollar_sign() {
        // Jamaica's estimates write `JMD$`, glued or spaced, as `USD$`.
        assert_eq!(
            kinds("Recurrent: JMD$ 641.5 billion, capital JMD$209 billion; TTD$5 million"),
            [
                "money 641500000000 JMD",
                "money 209000000000 JMD",
                "money 5000000 TTD"
            ]
        );
    }

    #[test]
    fn kenyan_press_shilling_sign() {
        assert_eq!(
            kinds("allocations of Sh805.8 billion, Sh 450 billion, Sh. 2 billion and Sh3.07bn"),
            [
                "money 805800000000 KES",
                "money 450000000000 KES",
                "money 2000000000 KES",
                "money 3070000000 KES"
            ]
        );
        // The family decides: a Ugandan text's `Sh` is the Uganda shilling.
        assert_eq!(
            kinds("Uganda will spend Sh45 trillion"),
            ["money 45000000000000 UGX"]
        );
        // Lower case, or glued to a word, is no shilling.
        assert_eq!(
            kinds("the sh 5 form; PSh 5 model"),
            ["count 5 ", "count 5 "]
        );
    }

    #[test]
    fn chinas_list_of_regions_is_no_hong_kong_dollar() {
        let nbs = "Hong Kong, Macao and Taiwan-invested enterprises grew 2.1%; exports reached $2.12 trillion.";
        assert_eq!(DocumentCurrency::of(nbs).dollar, "USD");
        // A yuan document restates in US dollars even naming Hong Kong.
        let customs = "exports rose 5% to 1.2 trillion yuan ($180 billion); RMB trade with Hong Kong; 3 trillion yuan";
        assert_eq!(DocumentCurrency::of(customs).dollar, "USD");
        // A Hong Kong budget naming the renminbi once stays in its dollar.
        let budget = "Hong Kong's RMB business grew; Hong Kong will spend $5 billion in Hong Kong";
        assert_eq!(DocumentCurrency::of(budget).dollar, "HKD");
    }

    #[test]
    fn the_central_bank_or_the_rand_by_name_makes_a_glued_r_the_rand() {
        assert!(DocumentCurrency::of("the SA Reserve Bank: R18.35 to the US dollar").rand());
        assert!(DocumentCurrency::of("the stronger rand: R18.35 to the US dollar").rand());
        assert!(!DocumentCurrency::of("a grand brand of random R21 roads").rand());
    }

    #[test]
    fn a_glued_p_is_the_peso_in_a_philippine_document() {
        let texts = |text: &str| -> Vec<String> {
            crate::extract::extract(text)
                .claims
                .iter()
                .map(|c| format!("{} {} {}", c.span.text(text), c.value.normalize(), c.unit))
                .collect()
        };
        assert_eq!(
            texts("The Philippine budget is P6.352 trillion."),
            ["P6.352 trillion 6352000000000 PHP"]
        );
        assert!(texts("The budget is P6.352 trillion.").is_empty());
    }

    #[test]
    fn oil_equivalent_and_glued_kenyan_shillings() {
        let text = "Fuel use was 194.1 Mtoe, or 9.6 Million tonnes of oil equivalent; Kshs.387.43 billion and 85 paise.";
        assert_eq!(
            kinds(text),
            [
                "energy 194100000 toe",
                "energy 9600000 toe",
                "money 387430000000 KES",
                "money 0.85 INR"
            ]
        );
    }

    #[test]
    fn glued_greenhouse_gas_units_and_a_no_break_space_inside_per_cent() {
        let text = "about 12% (6.5 GtCO2-eq) higher, more than 9 tCO2-eq per capita; the cash rate at 4.35\u{a0}per\u{a0}cent";
        assert_eq!(
            kinds(text),
            [
                "percent 12 %",
                "mass 6500000000 t",
                "mass 9 t",
                "percent 4.35 %"
            ]
        );
    }

    #[test]
    fn a_currency_word_before_area_or_zone_names_a_region() {
        assert_eq!(currency_suffix_at("Euro area real GDP"), None);
        assert_eq!(currency_suffix_at("euro-zone countries"), None);
        assert!(currency_suffix_at("euro and more").is_some());
        assert!(currency_suffix_at("euros are spent").is_some());
        let text = "Chart 5 Euro area real GDP. The October 2018 euro area survey says spending was 40 euro.";
        assert_eq!(kinds(text), ["money 40 EUR"]);
    }

    #[test]
    fn currency_words_after_the_number_singular_and_plural() {
        assert_eq!(
            currency_suffix_at("cedis were"),
            Some((Currency::Code("GHS"), false, 5))
        );
        assert_eq!(
            currency_suffix_at("cedi"),
            Some((Currency::Code("GHS"), false, 4))
        );
        assert_eq!(
            currency_suffix_at("shillings"),
            Some((Currency::Family("shilling"), false, 9))
        );
        assert_eq!(
            currency_suffix_at("meticais"),
            Some((Currency::Code("MZN"), false, 8))
        );
    }

    #[test]
    fn a_country_adjective_names_its_currency() {
        assert_eq!(
            currency_suffix_at("Kenyan shillings in"),
            Some((Currency::Code("KES"), false, 16))
        );
        assert_eq!(
            currency_suffix_at("Trinidad and Tobago dollars"),
            Some((Currency::Code("TTD"), false, 27))
        );
        assert_eq!(
            currency_suffix_at("Brazilian real"),
            Some((Currency::Code("BRL"), false, 14))
        );
        // The adjective alone, or before another currency's word, is none.
        assert_eq!(currency_suffix_at("Kenyan farmers"), None);
        assert_eq!(currency_suffix_at("Kenyan pesos"), None);
        // A country before its one currency's word.
        assert_eq!(
            currency_suffix_at("Ghana cedis"),
            Some((Currency::Code("GHS"), false, 11))
        );
        assert_eq!(currency_suffix_at("Ghana baht"), None);
    }

    #[test]
    fn ordinary_words_are_money_only_after_a_scale() {
        assert_eq!(currency_suffix_at("real estate"), None);
        assert_eq!(currency_suffix_at("sol mission"), None);
        assert_eq!(
            currency_suffix_after_scale_at("real for"),
            Some((Currency::Code("BRL"), false, 4))
        );
        assert_eq!(
            currency_suffix_after_scale_at("soles"),
            Some((Currency::Code("PEN"), false, 5))
        );
    }

    #[test]
    fn iso_codes_in_capitals_after_the_number_and_glued_before_it() {
        assert_eq!(
            currency_suffix_after_scale_at("AED in"),
            Some((Currency::Code("AED"), false, 3))
        );
        assert_eq!(
            currency_suffix_after_scale_at("GMD"),
            Some((Currency::Code("GMD"), false, 3))
        );
        assert_eq!(currency_suffix_at("AOA sensors"), None);
        assert_eq!(currency_suffix_after_scale_at("aed"), None);
        assert_eq!(
            currency_prefix_before("spent ZMW"),
            Some((Currency::Code("ZMW"), 6))
        );
        assert!(needs_space("GHS") && needs_space("SLE"));
        assert!(glued_code_amount("7 billion"));
        assert!(glued_code_amount("7.5bn"));
        assert!(glued_code_amount("1,250 for"));
        assert!(!glued_code_amount("28 summit"));
        assert!(!glued_code_amount("28."));
    }

    #[test]
    fn capital_dollar_signs_and_the_cfa_franc() {
        assert_eq!(
            currency_prefix_before("debt of J$"),
            Some((Currency::Code("JMD"), 8))
        );
        assert_eq!(
            currency_prefix_before("spent TT$"),
            Some((Currency::Code("TTD"), 6))
        );
        assert_eq!(
            currency_prefix_before("lent B$"),
            Some((Currency::Family("B$"), 5))
        );
        assert_eq!(
            currency_prefix_before("FCFA"),
            Some((Currency::Family("CFA franc"), 0))
        );
        // Lower case is no sign, and one letter never takes a space.
        assert_eq!(currency_prefix_before("j$"), Some((Currency::Dollar, 1)));
        assert_eq!(
            currency_prefix_before("Plan B $"),
            Some((Currency::Dollar, 7))
        );
    }

    #[test]
    fn a_family_takes_the_country_named_most() {
        let of = DocumentCurrency::of;
        assert_eq!(of("no country").family("shilling"), "KES");
        assert_eq!(
            of("Uganda and Uganda, then Kenya").family("shilling"),
            "UGX"
        );
        assert_eq!(of("the Philippines").family("peso"), "PHP");
        assert_eq!(of("Cameroon and Chad").family("CFA franc"), "XAF");
        assert_eq!(of("Senegal").family("franc"), "XOF");
        // `Nigeria` is no `Niger`, `Papua New Guinea` no `Guinea`.
        assert_eq!(of("Nigeria, Nigeria").family("CFA franc"), "XOF");
        assert_eq!(of("Nigeria, Nigeria").family("franc"), "CHF");
        assert_eq!(of("Papua New Guinea").family("franc"), "CHF");
        assert_eq!(of("the Brunei budget").family("B$"), "BND");
        assert_eq!(of("Brunei").resolve(Currency::Family("B$")), "BND");
    }

    #[test]
    fn dollar_and_rupee_countries() {
        assert_eq!(DocumentCurrency::of("The Bank of Jamaica").dollar, "JMD");
        assert_eq!(DocumentCurrency::of("Namibia's budget").dollar, "NAD");
        assert_eq!(DocumentCurrency::of("EC$ and EC$").dollar, "XCD");
        assert_eq!(DocumentCurrency::of("the SG$ bond").dollar, "SGD");
        assert_eq!(DocumentCurrency::of("Central Bank of Ceylon").rupee, "LKR");
        assert_eq!(DocumentCurrency::of("Mauritius").rupee, "MUR");
        assert_eq!(DocumentCurrency::of("Seychelles").rupee, "SCR");
        // The rupiah is no rupee.
        assert_eq!(DocumentCurrency::of("Indonesia").rupee, "INR");
        assert_eq!(
            currency_suffix_at("rupiah"),
            Some((Currency::Code("IDR"), false, 6))
        );
    }

    #[test]
    fn a_bare_yuan_follows_the_money_the_document_names() {
        let of = DocumentCurrency::of;
        assert_eq!(of("收入900亿元").family("元"), "CNY");
        assert_eq!(of("新台幣2兆元，新台幣5億元").family("元"), "TWD");
        // The official spelling, with `臺`.
        assert_eq!(of("歲入新臺幣2兆元，增加1,200億元").family("元"), "TWD");
        assert_eq!(of("港元3000万元").family("元"), "HKD");
        assert_eq!(of("澳門幣100億元").family("元"), "MOP");
        // The renminbi or the mainland's bodies, as often: the renminbi.
        assert_eq!(of("港元3000万元，国务院").family("元"), "CNY");
        // A mainland report in simplified script naming the Hong Kong
        // dollar keeps its yuan.
        assert_eq!(of("全市实际使用外资港元3000万元").family("元"), "CNY");
    }

    #[test]
    fn a_bare_yuan_follows_the_bodies_of_taipei_hong_kong_and_macau() {
        let of = DocumentCurrency::of;
        // A Taipei budget report that never names its dollar.
        let taipei = "中央政府總決算歲入歲出差短824億元，主計總處報告賸餘2,971億元";
        assert_eq!(of(taipei).family("元"), "TWD");
        assert_eq!(
            of("香港特別行政區政府開支增加至8,000億元").family("元"),
            "HKD"
        );
        // Macau's `經濟財政司司長` is read whole, not as Hong Kong's post.
        assert_eq!(
            of("經濟財政司司長表示澳門財政盈餘為100億元").family("元"),
            "MOP"
        );
        // Hong Kong's accounts and statistics department, Macau's bureau
        // and taxes.
        assert_eq!(of("經營帳目收入6533億，綜合帳目赤字").family("元"), "HKD");
        assert_eq!(of("政府統計處公布零售業總銷貨價值").family("元"), "HKD");
        assert_eq!(of("統計暨普查局資料顯示，本澳").family("元"), "MOP");
        assert_eq!(of("所得補充稅 52.2億元，增收 7.2億元").family("元"), "MOP");
        // A mainland report naming Hong Kong keeps its yuan.
        let mainland = "国务院支持香港发展，对港贸易进出口总额为900亿元";
        assert_eq!(of(mainland).family("元"), "CNY");
    }
}
