//! Units and currencies: money with its symbols, codes and suffixes, percents,
//! masses, areas and speeds.

use super::*;
use insta::assert_snapshot;

#[test]
fn dollars_and_cents() {
    // The cents after a dollar amount are part of it, not a count of 50.
    // A spaced country prefix, as `HK $` already was.
    assert_snapshot!(p("fined C $ 2,500"), @"C $ 2,500 = 2500 CAD Exact");
    assert_snapshot!(p("he took 3 dollars 50 cents and twelve dollars and five cents"), @r"
    3 dollars 50 cents = 3.5 USD Exact
    twelve dollars and five cents = 12.05 USD Exact
    ");
}

#[test]
fn an_article_before_a_mass() {
    assert_snapshot!(p("seized nearly a ton of cocaine and half a kilogram of heroin"), @r"
    nearly a ton = 1000 kg Nearly (cocaine)
    half a kilogram = 0.5 kg Exact (heroin)
    ");
    assert_snapshot!(p("robbed a dollar store and read a meter"), @"(none)");
}

#[test]
fn a_capitalized_drug_after_a_measure_is_its_noun() {
    // A capital word that opens a seizable thing names what was weighed;
    // a lone capital (`U.S.`) or an unknown name does not.
    assert_snapshot!(p("seized 12 kg of MDMA, 3 kg of Ketamine and 4 kg of Tieguanyin"), @"
    12 kg = 12 kg Exact (MDMA)
    3 kg = 3 kg Exact (Ketamine)
    4 kg = 4 kg Exact
    ");
    assert_snapshot!(p("the 1,500 of U.S. origin"), @"1,500 = 1500 Exact");
}

#[test]
fn currencies() {
    assert_snapshot!(p("RMB7.1 billion, US$2.81 million, USD19.2 million, $1.58 billion dollars, 2-billion-USD"), @r"
    RMB7.1 billion = 7100000000 CNY Exact
    US$2.81 million = 2810000 USD Exact
    USD19.2 million = 19200000 USD Exact
    $1.58 billion dollars = 1580000000 USD Exact
    2-billion-USD = 2000000000 USD Exact
    ");
    assert_snapshot!(p("¥500, 300元, 447,000 U.S. dollars, 20 HKD, 5 euros"), @r"
    ¥500 = 500 CNY Exact
    300元 = 300 CNY Exact
    447,000 U.S. dollars = 447000 USD Exact
    20 HKD = 20 HKD Exact
    5 euros = 5 EUR Exact
    ");
    assert_snapshot!(p("20 million yuan (US$2.81 million)"), @r"
    20 million yuan = 20000000 CNY Exact
    US$2.81 million = 2810000 USD Exact
    ");
}

#[test]
fn percent_and_measures() {
    assert_snapshot!(p("a 20 cm knife, 3 mm wire, 15 centimetres, 300 sqm, 40 sq metres, 5 square km, 3 cu m"), @"
    20 cm = 0.2 m Exact (knife)
    3 mm = 0.003 m Exact (wire)
    15 centimetres = 0.15 m Exact
    300 sqm = 300 sq_m Exact
    40 sq metres = 40 sq_m Exact
    5 square km = 5 sq_km Exact
    3 cu m = 3 cubic_m Exact
    ");
    assert_snapshot!(p("30.2%, 31.5 per cent, 40 percent, 5％"), @r"
    30.2% = 30.2 percent Exact
    31.5 per cent = 31.5 percent Exact
    40 percent = 40 percent Exact
    5％ = 5 percent Exact
    ");
    assert_snapshot!(p("1.5 tons, 2 tonnes, 300 grams, 10 jin, 4 catties, 48 kg, 2吨"), @r"
    1.5 tons = 1500 kg Exact
    2 tonnes = 2000 kg Exact
    300 grams = 0.3 kg Exact
    10 jin = 5 kg Exact
    4 catties = 2 kg Exact
    48 kg = 48 kg Exact
    2吨 = 2000 kg Exact
    ");
    // Wire copy's spelling of the tonne.
    assert_snapshot!(p("1.5 metric tonnes of ivory, a metric tonne, 12 metric tons"), @r"
    1.5 metric tonnes = 1500 kg Exact (ivory)
    a metric tonne = 1000 kg Exact
    12 metric tons = 12000 kg Exact
    ");
    assert_snapshot!(p("120 mu of land, 3 hectares, 500 meters, 12 km, 40 liters, 20 cubic meters, 80 square meters"), @r"
    120 mu = 120 mu Exact (land)
    3 hectares = 3 hectare Exact
    500 meters = 500 m Exact
    12 km = 12 km Exact
    40 liters = 40 l Exact
    20 cubic meters = 20 cubic_m Exact
    80 square meters = 80 sq_m Exact
    ");
    assert_snapshot!(p("rose 32.7 and 42.9 percent"), @r"
    32.7 = 32.7 percent Exact
    42.9 percent = 42.9 percent Exact
    ");
}

#[test]
fn money_suffixes() {
    assert_snapshot!(p("HK$48m in cash"), @r#"HK$48m = 48000000 HKD Exact"#);
    assert_snapshot!(p("$3.5bn"), @r#"$3.5bn = 3500000000 USD Exact"#);
    assert_snapshot!(p("5mn yuan"), @r#"5mn yuan = 5000000 CNY Exact"#);
    assert_snapshot!(p("RMB 2 bln"), @r#"RMB 2 bln = 2000000000 CNY Exact"#);
    assert_snapshot!(p("$12k"), @r#"$12k = 12000 USD Exact"#);
    assert_snapshot!(p("RM 283K"), @r#"RM 283K = 283000 MYR Exact"#);
    assert_snapshot!(p("a 12k run"), @r#"(none)"#);
}

#[test]
fn glued_units() {
    assert_snapshot!(p("5kg of heroin"), @r#"5kg = 5 kg Exact (heroin)"#);
    assert_snapshot!(p("100t of sand"), @r#"100t = 100000 kg Exact (sand)"#);
    assert_snapshot!(p("a 1.8m-long knife"), @r#"1.8m = 1.8 m Exact (knife)"#);
    assert_snapshot!(p("20L of diesel"), @r#"20L = 20 l Exact (diesel)"#);
    assert_snapshot!(p("120 μg of fentanyl"), @r#"120 μg = 0.00000012 kg Exact (fentanyl)"#);
    assert_snapshot!(p("278,000 t of coal"), @r#"278,000 t = 278000000 kg Exact (coal)"#);
    assert_snapshot!(p("1 m deep and 12 m wide"), @r#"
    1 m = 1 m Exact (deep)
    12 m = 12 m Exact (wide)
    "#);
    assert_snapshot!(p("1.8m"), @r#"1.8m = 1.8 m Exact"#);
    assert_snapshot!(p("5 t-shirts"), @r#"5 = 5 Exact (t-shirts)"#);
}

#[test]
fn area_and_speed() {
    assert_snapshot!(p("190 km2 of forest and 4 km squared"), @r#"
    190 km2 = 190 sq_km Exact (forest)
    4 km squared = 4 sq_km Exact
    "#);
    assert_snapshot!(p("3 km² and 250 m² and 40 m³"), @r#"
    3 km² = 3 sq_km Exact
    250 m² = 250 sq_m Exact
    40 m³ = 40 cubic_m Exact
    "#);
    assert_snapshot!(p("120 km/h"), @r#"120 km/h = 120 km_per_h Exact"#);
}

#[test]
fn bare_dollars_after_a_country_prefix() {
    // The country's `$` names the dollar; a bare `dollars` after it only
    // repeats it. A named currency after it still wins (garbled either way).
    assert_snapshot!(p("victims lost at least S$12.5 million dollars, HK$3,000 dollars, NT$2 billion dollars and A$40 dollars"), @"
    at least S$12.5 million dollars = 12500000 SGD AtLeast
    HK$3,000 dollars = 3000 HKD Exact
    NT$2 billion dollars = 2000000000 TWD Exact
    A$40 dollars = 40 AUD Exact
    ");
    assert_snapshot!(p("fines of C$ 900 dollars, NZ$1.2 million dollars, $7 million dollars and HK$5 US dollars"), @"
    C$ 900 dollars = 900 CAD Exact
    NZ$1.2 million dollars = 1200000 NZD Exact
    $7 million dollars = 7000000 USD Exact
    HK$5 US dollars = 5 USD Exact
    ");
}

#[test]
fn currencies_of_every_country() {
    assert_snapshot!(p("C$16.4 million, A$15, NZ$15 and Mex$10 million"), @r#"
    C$16.4 million = 16400000 CAD Exact
    A$15 = 15 AUD Exact
    NZ$15 = 15 NZD Exact
    Mex$10 million = 10000000 MXN Exact
    "#);
    assert_snapshot!(p("S$163 million and 170,500 Taiwan dollars"), @r#"
    S$163 million = 163000000 SGD Exact
    170,500 Taiwan dollars = 170500 TWD Exact
    "#);
    assert_snapshot!(p("100 Chinese yuan, 10 US dollar, 20€ and 361 million pounds"), @r#"
    100 Chinese yuan = 100 CNY Exact
    10 US dollar = 10 USD Exact
    20€ = 20 EUR Exact
    361 million pounds = 361000000 GBP Exact
    "#);
    assert_snapshot!(p("RM42 and CAD3.03"), @r#"
    RM42 = 42 MYR Exact
    CAD3.03 = 3.03 CAD Exact
    "#);
    assert_snapshot!(p("5,000 USDT and 2 bitcoins"), @r#"
    5,000 USDT = 5000 USDT Exact
    2 bitcoins = 2 BTC Exact
    "#);
    assert_snapshot!(p("3 million won, 500 baht, 20,000 kyats, 900 rupees"), @r#"
    3 million won = 3000000 KRW Exact
    500 baht = 500 THB Exact
    20,000 kyats = 20000 MMK Exact
    900 rupees = 900 INR Exact
    "#);
    // Macao's pataca, named or by its sign.
    assert_snapshot!(p("MOP$18,000 and 2.5 million Macao patacas"), @r#"
    MOP$18,000 = 18000 MOP Exact
    2.5 million Macao patacas = 2500000 MOP Exact
    "#);
    // Its code, and the riel and the kyat with their country.
    assert_snapshot!(p("3,000 MOP, MOP 500, 40,000 Cambodian riels and 90,000 Myanmar kyat"), @"
    3,000 MOP = 3000 MOP Exact
    MOP 500 = 500 MOP Exact
    40,000 Cambodian riels = 40000 KHR Exact
    90,000 Myanmar kyat = 90000 MMK Exact
    ");
    assert_snapshot!(p("Z$5 notes"), @"(none)");
    assert_snapshot!(p("50 pounds of cocaine"), @r#"50 pounds = 22.6796185 kg Exact (cocaine)"#);
    assert_snapshot!(p("fined 500 pounds"), @r#"500 pounds = 500 GBP Exact"#);
}

#[test]
fn money_suffix_after_a_space() {
    assert_snapshot!(p("a fine of $5 m"), @"$5 m = 5000000 USD Exact");
    assert_snapshot!(p("HK$48 m in cash"), @"HK$48 m = 48000000 HKD Exact");
    // A measure never overrides the currency before the number.
    assert_snapshot!(p("US$3 kg"), @"US$3 = 3 USD Exact");
    // Before a currency word the letter is a scale, not metres.
    assert_snapshot!(p("losses of 3.5 m yuan and a 3 m wall"), @"
    3.5 m yuan = 3500000 CNY Exact
    3 m = 3 m Exact (wall)
    ");
}

#[test]
fn pesos_take_the_bulletin_country() {
    assert_snapshot!(p("Manila police seized 50,000 pesos in cash"), @"50,000 pesos = 50000 PHP Exact");
    assert_snapshot!(p("Police in Mexico City seized 50,000 pesos"), @"50,000 pesos = 50000 MXN Exact");
    assert_snapshot!(p("police seized 50,000 pesos"), @"50,000 = 50000 Exact (pesos)");
    assert_snapshot!(p("fines of 900 Philippine pesos"), @"900 Philippine pesos = 900 PHP Exact");
}

#[test]
fn a_money_range_scaled_by_letters_at_both_ends() {
    assert_snapshot!(p("Mules were paid $10k-$20k; bail was HK$3m-HK$5m; they moved between $1m and $2m."), @"
    $10k-$20k = 10000..20000 USD Exact
    HK$3m-HK$5m = 3000000..5000000 HKD Exact
    between $1m and $2m = 1000000..2000000 USD Exact
    ");
}

#[test]
fn a_measure_given_once_is_carried_down_its_list() {
    assert_snapshot!(p("Police seized 4.1 kilograms of methamphetamine, 2.2 of heroin and 0.3 of ecstasy."), @"
    4.1 kilograms = 4.1 kg Exact (methamphetamine)
    2.2 = 2.2 kg Exact (heroin)
    0.3 = 0.3 kg Exact (ecstasy)
    ");
    assert_snapshot!(p("They seized 120 grams of heroin, 40 of ketamine."), @"
    120 grams = 0.12 kg Exact (heroin)
    40 = 0.04 kg Exact (ketamine)
    ");
    // A part of something else keeps no unit.
    assert_snapshot!(p("Police seized 3 kilograms of heroin, and 5 of the 9 suspects were arrested."), @"
    3 kilograms = 3 kg Exact (heroin)
    5 = 5 Exact
    9 = 9 Exact (suspects)
    ");
    assert_snapshot!(p("Police seized 3.2 tons of sand, 15 of them from the river."), @"
    3.2 tons = 3200 kg Exact (sand)
    15 = 15 Exact
    ");
    assert_snapshot!(p("Police seized 3.5 tons of diesel and 2 of their trucks."), @"
    3.5 tons = 3500 kg Exact (diesel)
    2 = 2 Exact (trucks)
    ");
}

#[test]
fn a_currency_named_twice_is_one_mark() {
    assert_snapshot!(p("returned 86,000 yuan RMB and 1.2 billion RMB yuan, 5 dollars USD"), @r"
    86,000 yuan RMB = 86000 CNY Exact
    1.2 billion RMB yuan = 1200000000 CNY Exact
    5 dollars USD = 5 USD Exact
    ");
    // Another currency, or a scale in the second mark, is no repeat.
    assert_snapshot!(p("300 yuan US$40 and 3 yuan 万元"), @r"
    300 yuan = 300 CNY Exact
    US$40 = 40 USD Exact
    3 yuan = 3 CNY Exact
    ");
}

#[test]
fn a_mass_per_volume_is_a_concentration_no_mass() {
    assert_snapshot!(p("His blood held 0.9 milligrams per milliliter, over the 0.2mg/ml line; he carried 3 mg of pills and 2 kg per bag."), @"
    0.9 = 0.9 Exact (milligrams)
    3 mg = 0.000003 kg Exact (pills)
    2 kg = 2 kg Exact
    ");
}

#[test]
fn a_wrapped_line_between_a_number_and_its_unit_or_scale() {
    // Text wrapped at a fixed width breaks a line anywhere.
    assert_snapshot!(p("the team seized 3.4\nkilograms of heroin and broke a 56\nmillion yuan ring"), @"
    3.4
    kilograms = 3.4 kg Exact (heroin)
    56
    million yuan = 56000000 CNY Exact
    ");
    assert_snapshot!(p("goods worth 8.75\nbillion yuan"), @"
    8.75
    billion yuan = 8750000000 CNY Exact
    ");
    // A blank line, or a capital on the next line, ends the number.
    assert_snapshot!(p("Cases: 56\n\nmillion users were warned; Total 42\nTons"), @"
    56 = 56 Exact
    42 = 42 Exact
    ");
    // A label's row ends its number, and a plural scale opens a line of
    // its own.
    assert_snapshot!(p("Patrols sent out: 27
m of fence was cut; calls taken 64
thousands of residents were reached"), @"
    27 = 27 Exact (m)
    64 = 64 Exact (thousands)
    thousands of = 1000 AtLeast (residents)
    ");
}
