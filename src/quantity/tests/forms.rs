//! Common quantity forms of wire copy and bulletins, one per line.

use super::*;
use insta::assert_snapshot;

#[test]
fn common_quantity_forms() {
    let inputs = [
        "1,234,567 people",
        "1.5 million people",
        "one million people",
        "twenty-one people",
        "one hundred twenty three people",
        "10%",
        "10 percent",
        "ten percent",
        "10 per cent",
        "10 pct",
        "+5% growth",
        "up +12.5 percent",
        "$5",
        "$5.00",
        "5 dollars",
        "5 USD",
        "USD 5",
        "US$5",
        "€5",
        "5 euros",
        "£5",
        "¥5",
        "5 yen",
        "HK$5",
        "5 Hong Kong dollars",
        "USD$5",
        "Rs 500",
        "Rs. 500",
        "5 kg",
        "5 kilograms",
        "5 kilos",
        "5 tonnes",
        "5 tons",
        "5 grams",
        "5 g",
        "5 lbs",
        "5 km",
        "5 kilometers",
        "5 meters",
        "5 m",
        "5 litres",
        "5 L",
        "500 ml of",
        "5 square meters",
        "5 sq m",
        "5 hectares",
        "at least 5 people",
        "up to 10 people",
        "more than 100 people",
        "over 1,000 people",
        "nearly 200 people",
        "about 30 people",
        "5-10 people",
        "5 to 10 people",
        "5~10 people",
        "between 5 and 10 people",
        "5–10 kg",
        "half a million yuan",
        "half a dozen eggs",
        "one and a half million yuan",
        "3 and a half tons",
        "5m yuan",
        "a 100,000-yuan fine",
        "$1.2-million",
        "a 5 million-dollar deal",
        "7-Eleven stores",
        "Route 66 is",
        "Windows 10 and",
        "5 lakh rupees",
        "2 crore",
        "10,000 police officers",
        "1 billion 200 million yuan",
        "two thousand and twenty people",
        "more than 1,000 and less than 2,000",
        "some 2,000",
        "around 3,000",
        "approximately 4,000",
        "roughly 50",
        "almost 80",
        "close to 90",
        "fewer than 10",
        "less than 5",
        "under 20",
        "below 30",
        "above 40",
        "in excess of 50",
        "RMB 300,000 (US$42,000)",
        "300,000 yuan (about $42,000)",
        "-5 to 10",
        "temperatures of minus 10",
        "a 10-15% rise",
        "10 to 15 percent",
        "10%-15%",
        "from 10% to 15%",
        "2.5 million-strong",
        "3,000 odd",
        "3000-plus",
        "1 in 5",
        "nine out of 10 cases",
    ];
    assert_snapshot!(battery(&inputs), @r#"
    "1,234,567 people" => 1,234,567 = 1234567 Exact (people)
    "1.5 million people" => 1.5 million = 1500000 Exact (people)
    "one million people" => one million = 1000000 Exact (people)
    "twenty-one people" => twenty-one = 21 Exact (people)
    "one hundred twenty three people" => one hundred twenty three = 123 Exact (people)
    "10%" => 10% = 10 percent Exact
    "10 percent" => 10 percent = 10 percent Exact
    "ten percent" => ten percent = 10 percent Exact
    "10 per cent" => 10 per cent = 10 percent Exact
    "10 pct" => 10 pct = 10 percent Exact
    "+5% growth" => +5% = 5 percent Exact
    "up +12.5 percent" => +12.5 percent = 12.5 percent Exact
    "$5" => $5 = 5 USD Exact
    "$5.00" => $5.00 = 5 USD Exact
    "5 dollars" => 5 dollars = 5 USD Exact
    "5 USD" => 5 USD = 5 USD Exact
    "USD 5" => USD 5 = 5 USD Exact
    "US$5" => US$5 = 5 USD Exact
    "€5" => €5 = 5 EUR Exact
    "5 euros" => 5 euros = 5 EUR Exact
    "£5" => £5 = 5 GBP Exact
    "¥5" => ¥5 = 5 CNY Exact
    "5 yen" => 5 yen = 5 JPY Exact
    "HK$5" => HK$5 = 5 HKD Exact
    "5 Hong Kong dollars" => 5 Hong Kong dollars = 5 HKD Exact
    "USD$5" => USD$5 = 5 USD Exact
    "Rs 500" => Rs 500 = 500 INR Exact
    "Rs. 500" => Rs. 500 = 500 INR Exact
    "5 kg" => 5 kg = 5 kg Exact
    "5 kilograms" => 5 kilograms = 5 kg Exact
    "5 kilos" => 5 kilos = 5 kg Exact
    "5 tonnes" => 5 tonnes = 5000 kg Exact
    "5 tons" => 5 tons = 5000 kg Exact
    "5 grams" => 5 grams = 0.005 kg Exact
    "5 g" => 5 g = 0.005 kg Exact
    "5 lbs" => 5 lbs = 2.26796185 kg Exact
    "5 km" => 5 km = 5 km Exact
    "5 kilometers" => 5 kilometers = 5 km Exact
    "5 meters" => 5 meters = 5 m Exact
    "5 m" => 5 m = 5 m Exact
    "5 litres" => 5 litres = 5 l Exact
    "5 L" => 5 L = 5 l Exact
    "500 ml of" => 500 ml = 0.5 l Exact
    "5 square meters" => 5 square meters = 5 sq_m Exact
    "5 sq m" => 5 sq m = 5 sq_m Exact
    "5 hectares" => 5 hectares = 5 hectare Exact
    "at least 5 people" => at least 5 = 5 AtLeast (people)
    "up to 10 people" => up to 10 = 10 AtMost (people)
    "more than 100 people" => more than 100 = 100 MoreThan (people)
    "over 1,000 people" => over 1,000 = 1000 MoreThan (people)
    "nearly 200 people" => nearly 200 = 200 Nearly (people)
    "about 30 people" => about 30 = 30 About (people)
    "5-10 people" => 5-10 = 5..10 Exact (people)
    "5 to 10 people" => 5 to 10 = 5..10 Exact (people)
    "5~10 people" => 5~10 = 5..10 Exact (people)
    "between 5 and 10 people" => between 5 and 10 = 5..10 Exact (people)
    "5–10 kg" => 5–10 kg = 5..10 kg Exact
    "half a million yuan" => half a million yuan = 500000 CNY Exact
    "half a dozen eggs" => half a dozen = 6 Exact (eggs)
    "one and a half million yuan" => one and a half million yuan = 1500000 CNY Exact
    "3 and a half tons" => 3 and a half tons = 3500 kg Exact
    "5m yuan" => 5m yuan = 5000000 CNY Exact
    "a 100,000-yuan fine" => 100,000-yuan = 100000 CNY Exact
    "$1.2-million" => $1.2-million = 1200000 USD Exact
    "a 5 million-dollar deal" => 5 million-dollar = 5000000 USD Exact
    "7-Eleven stores" => (none)
    "Route 66 is" => (none)
    "Windows 10 and" => (none)
    "5 lakh rupees" => 5 lakh rupees = 500000 INR Exact
    "2 crore" => 2 crore = 20000000 Exact
    "10,000 police officers" => 10,000 = 10000 Exact (police officers)
    "1 billion 200 million yuan" => 1 billion 200 million yuan = 1200000000 CNY Exact
    "two thousand and twenty people" => two thousand and twenty = 2020 Exact (people)
    "more than 1,000 and less than 2,000" => more than 1,000 = 1000 MoreThan | less than 2,000 = 2000 LessThan
    "some 2,000" => some 2,000 = 2000 About
    "around 3,000" => around 3,000 = 3000 About
    "approximately 4,000" => approximately 4,000 = 4000 About
    "roughly 50" => roughly 50 = 50 About
    "almost 80" => almost 80 = 80 Nearly
    "close to 90" => close to 90 = 90 Nearly
    "fewer than 10" => fewer than 10 = 10 LessThan
    "less than 5" => less than 5 = 5 LessThan
    "under 20" => under 20 = 20 LessThan
    "below 30" => below 30 = 30 LessThan
    "above 40" => above 40 = 40 MoreThan
    "in excess of 50" => in excess of 50 = 50 MoreThan
    "RMB 300,000 (US$42,000)" => RMB 300,000 = 300000 CNY Exact | US$42,000 = 42000 USD Exact
    "300,000 yuan (about $42,000)" => 300,000 yuan = 300000 CNY Exact | about $42,000 = 42000 USD About
    "-5 to 10" => -5 to 10 = -5..10 Exact
    "temperatures of minus 10" => minus 10 = -10 Exact
    "a 10-15% rise" => 10-15% = 10..15 percent Exact
    "10 to 15 percent" => 10 to 15 percent = 10..15 percent Exact
    "10%-15%" => 10%-15% = 10..15 percent Exact
    "from 10% to 15%" => from 10% to 15% = 10..15 percent Exact
    "2.5 million-strong" => 2.5 million-strong = 2500000 Exact
    "3,000 odd" => 3,000 odd = 3000 MoreThan
    "3000-plus" => 3000-plus = 3000 MoreThan
    "1 in 5" => 1 = 1 Exact | 5 = 5 Exact
    "nine out of 10 cases" => nine out of 10 = 0.9 Exact (cases)
    "#);
}
