// The calculator's library of unit costs: reference/unit-costs.csv as data. Every figure keeps its source (publisher,
// title, year and address where there is one) and price year; planners may override any of them. A figure derived
// from published ones (a quotient, a fee without a subsidy) says how in its source or note.
import { indexPrice, swedishCpi, type PriceIndex } from "../price/cpi.ts";
import type { Uncertain } from "../scenario/schema.ts";
import type { UnitCost } from "./schema.ts";

export const unitCostLibrary = [
  {
    key: "ekonomiskt_bistand_per_hushall_ar",
    label: { sv: "Ekonomiskt bistånd per hushåll och år", en: "Social assistance per household and year" },
    unit: "household-year",
    value: 57380,
    priceYear: 2019,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2019, via Regionfakta, ”Ekonomiskt bistånd” (Södermanlands län): 11 602 153 tkr utbetalt till 202 199 hushåll, 57 380 kr per hushåll, https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2019, via Regionfakta, “Ekonomiskt bistånd” (Södermanlands län): SEK 11,602,153 thousand paid to 202,199 households, SEK 57,380 per household, https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_stockholm",
    label: { sv: "Ekonomiskt bistånd per hushåll och år (Stockholms stad)", en: "Social assistance per household and year (City of Stockholm)" },
    unit: "household-year",
    value: 63682,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Stockholm",
    source: {
      sv: "Stockholms stad, Statistik om Stockholm, ”Ekonomiskt bistånd, biståndshushåll och biståndstid 1995-2017” (Stadsledningskontoret/Sweco, 2018): medelbidrag 63 682 kr per biståndshushåll och år 2017, 9 135 kr per månad, 7,0 biståndsmånader per hushåll, http://statistik.stockholm.se/images/stories/excel/b161-filer/sheet001.htm",
      en: "Stockholms stad (City of Stockholm), Statistik om Stockholm, “Ekonomiskt bistånd, biståndshushåll och biståndstid 1995-2017” (Stadsledningskontoret/Sweco, 2018): average assistance SEK 63,682 per recipient household and year in 2017, SEK 9,135 per month, 7.0 months of assistance per household, http://statistik.stockholm.se/images/stories/excel/b161-filer/sheet001.htm",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_manad_stockholm",
    label: { sv: "Ekonomiskt bistånd per hushåll och månad (Stockholms stad)", en: "Social assistance per household and month (City of Stockholm)" },
    unit: "household-month",
    value: 9135,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Stockholm",
    source: {
      sv: "Stockholms stad, Statistik om Stockholm, ”Ekonomiskt bistånd, biståndshushåll och biståndstid 1995-2017” (Stadsledningskontoret/Sweco, 2018): medelbidrag 9 135 kr per biståndshushåll och månad 2017, http://statistik.stockholm.se/images/stories/excel/b161-filer/sheet001.htm",
      en: "Stockholms stad (City of Stockholm), Statistik om Stockholm, “Ekonomiskt bistånd, biståndshushåll och biståndstid 1995-2017” (Stadsledningskontoret/Sweco, 2018): average assistance SEK 9,135 per recipient household and month in 2017, http://statistik.stockholm.se/images/stories/excel/b161-filer/sheet001.htm",
    },
    note: {
      sv: "Gånger 12 ger ungefär ett långvarigt biståndshushåll (hela året)",
      en: "Times 12 approximates a long-term (whole-year) recipient household",
    },
  },
  {
    key: "hemtjanst_per_timme",
    label: { sv: "Hemtjänst per timme (omvårdnad dagtid)", en: "Home care per hour (personal care daytime)" },
    unit: "hour",
    value: 377,
    low: 278,
    high: 475,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "SKL (Sveriges Kommuner och Landsting), ”Ersättningssystem i hemtjänst 2016” (2017): genomsnittet för omvårdnadsinsatser dagtid 2016 är 377 kr per timme och varierar mellan 278 och 475 kr, https://skl.se/demokratiledningstyrning/driftformervalfrihet/valfrihetssystemersattningssystem/socialomsorg/ersattningssystem/ersattningssystemhemtjanst.11223.html",
      en: "SKL (Swedish Association of Local Authorities and Regions), “Ersättningssystem i hemtjänst 2016” (2017): personal care in the daytime was compensated at SEK 377 per hour on average in 2016, ranging from SEK 278 to 475, https://skl.se/demokratiledningstyrning/driftformervalfrihet/valfrihetssystemersattningssystem/socialomsorg/ersattningssystem/ersattningssystemhemtjanst.11223.html",
    },
    note: {
      sv: "Ersättning per timme i valfrihetssystem (LOV); ett närmevärde för kommunens kostnad per utförd timme; spannet är kommunernas lägsta och högsta ersättning",
      en: "Compensation paid per hour in free-choice (LOV) systems; a proxy for the municipality's cost per delivered hour; the range is the lowest and highest municipality's compensation",
    },
  },
  {
    key: "hemtjanst_per_timme_2019",
    label: { sv: "Hemtjänst per timme 2019 (omvårdnad dagtid)", en: "Home care per hour 2019 (personal care daytime)" },
    unit: "hour",
    value: 426,
    low: 315,
    high: 558,
    priceYear: 2019,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "SKR (Sveriges Kommuner och Regioner), ”Ersättningssystem, hemtjänst 2019” (2022): genomsnittet för omvårdnadsinsatser dagtid 2019 är 426 kr per timme och varierar mellan 315 och 558 kr, https://skr.se/skr/demokratiledningstyrning/ledningstyrning/organiseraledastyra/driftformer/valfrihetssystemochersattningsmodeller/socialomsorgvalfrihetssystemersattningsmodeller/ersattningssystemhemtjanst2019.31355.html",
      en: "SKR (Swedish Association of Local Authorities and Regions), “Ersättningssystem, hemtjänst 2019” (2022): personal care in the daytime was compensated at SEK 426 per hour on average in 2019, ranging from SEK 315 to 558, https://skr.se/skr/demokratiledningstyrning/ledningstyrning/organiseraledastyra/driftformer/valfrihetssystemochersattningsmodeller/socialomsorgvalfrihetssystemersattningsmodeller/ersattningssystemhemtjanst2019.31355.html",
    },
    note: {
      sv: "Ersättning per timme i valfrihetssystem (LOV); ett närmevärde för kommunens kostnad per utförd timme; spannet är kommunernas lägsta och högsta ersättning",
      en: "Compensation paid per hour in free-choice (LOV) systems; a proxy for the municipality's cost per delivered hour; the range is the lowest and highest municipality's compensation",
    },
  },
  {
    key: "institutionsvard_barn_per_dygn_helsingborg",
    label: { sv: "Institutionsvård för barn och unga per vårddygn 2016 (Helsingborg)", en: "Institutional care for children and young people per care day 2016 (Helsingborg)" },
    unit: "care-day",
    value: 2658,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Helsingborg",
    source: {
      sv: "Helsingborgs stad, Årsredovisning 2016, socialnämndens nyckeltal: vårddygn, snittkostnad per dygn och ungdom 2 658 kr 2016 (3 201 kr 2015, 3 283 kr 2014); 26 366 vårddygn på institution för barn och ungdom 2016, https://arsredovisning.helsingborg.se/forvaltningsberattelse/verksamhetsoversikter/namnder-och-styrelser/socialnamnden/nyckeltal/",
      en: "Helsingborgs stad (City of Helsingborg), Årsredovisning 2016 (annual report), the social services committee's key figures: care days, average cost per day and young person SEK 2,658 in 2016 (SEK 3,201 in 2015, SEK 3,283 in 2014); 26,366 care days in institutions for children and young people in 2016, https://arsredovisning.helsingborg.se/forvaltningsberattelse/verksamhetsoversikter/namnder-och-styrelser/socialnamnden/nyckeltal/",
    },
    note: {
      sv: "En kommuns genomsnitt, där institutionsvården av barn ingår 2016; Kolada N33100 ger varje kommuns egen siffra",
      en: "One municipality's average, which from 2016 includes institutional care of children; Kolada KPI N33100 gives each municipality's own figure",
    },
  },
  {
    key: "bbic_utredning",
    label: { sv: "BBIC-utredning (barnavårdsutredning)", en: "Child welfare investigation (BBIC)" },
    unit: "investigation",
    value: 30561,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "SKL, Uppdrag Psykisk Hälsa, ”Insatskostnader – sociala investeringar” (Psynk, 2015), schablonpris för utredning enligt BBIC: 30 561 kr, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
      en: "SKL, Uppdrag Psykisk Hälsa, “Insatskostnader – sociala investeringar” (Psynk, 2015), standard price for an investigation under BBIC: SEK 30,561, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
    },
    note: {
      sv: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
      en: "Staff cost from SCB's wage statistics with employer's contributions; premises are not included",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2024",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2024 (riket)", en: "Social assistance per household and year 2024 (Sweden)" },
    unit: "household-year",
    value: 75045,
    priceYear: 2024,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, ”Ekonomiskt bistånd” (Gotlands län): 10 915 807 tkr utbetalt till 145 456 hushåll, 75 045 kr per hushåll, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, “Ekonomiskt bistånd” (Gotlands län): SEK 10,915,807 thousand paid to 145,456 households, SEK 75,045 per household, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2020",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (riket)", en: "Social assistance per household and year 2020 (Sweden)" },
    unit: "household-year",
    value: 60225,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 11 955 560 tkr utbetalt till 198 514 hushåll, 60 225 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, “Ekonomiskt bistånd” (Örebro län): SEK 11,955,560 thousand paid to 198,514 households, SEK 60,225 per household, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2017",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (riket)", en: "Social assistance per household and year 2017 (Sweden)" },
    unit: "household-year",
    value: 50258,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Hallands län): 10 732 616 tkr utbetalt till 213 550 hushåll, 50 258 kr per hushåll, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, “Ekonomiskt bistånd” (Hallands län): SEK 10,732,616 thousand paid to 213,550 households, SEK 50,258 per household, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2016",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2016 (riket)", en: "Social assistance per household and year 2016 (Sweden)" },
    unit: "household-year",
    value: 47766,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, ”Ekonomiskt bistånd” (Västerbottens län): 10 513 930 tkr utbetalt till 220 112 hushåll, 47 766 kr per hushåll, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, “Ekonomiskt bistånd” (Västerbottens län): SEK 10,513,930 thousand paid to 220,112 households, SEK 47,766 per household, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_gotland",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2024 (Gotland)", en: "Social assistance per household and year 2024 (Gotland)" },
    unit: "household-year",
    value: 63234,
    priceYear: 2024,
    payers: { municipality: 1 },
    geography: "Gotland",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, ”Ekonomiskt bistånd” (Gotlands län): 55 646 tkr utbetalt till 880 hushåll, 63 234 kr per hushåll, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, “Ekonomiskt bistånd” (Gotlands län): SEK 55,646 thousand paid to 880 households, SEK 63,234 per household, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_orebro_lan",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (Örebro län)", en: "Social assistance per household and year 2020 (Örebro County)" },
    unit: "household-year",
    value: 55515,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Örebro län",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 399 100 tkr utbetalt till 7 189 hushåll, 55 515 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, “Ekonomiskt bistånd” (Örebro län): SEK 399,100 thousand paid to 7,189 households, SEK 55,515 per household, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_orebro",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (Örebro kommun)", en: "Social assistance per household and year 2020 (Örebro Municipality)" },
    unit: "household-year",
    value: 59938,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Örebro",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 217 095 tkr utbetalt till 3 622 hushåll, 59 938 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, “Ekonomiskt bistånd” (Örebro län): SEK 217,095 thousand paid to 3,622 households, SEK 59,938 per household, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_vasteras",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (Västerås)", en: "Social assistance per household and year 2017 (Västerås)" },
    unit: "household-year",
    value: 59140,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Västerås",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Västmanlands län): 243 834 tkr utbetalt till 4 123 hushåll, 59 140 kr per hushåll, http://regionfakta.com/vastmanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, “Ekonomiskt bistånd” (Västmanlands län): SEK 243,834 thousand paid to 4,123 households, SEK 59,140 per household, http://regionfakta.com/vastmanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_umea",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2016 (Umeå)", en: "Social assistance per household and year 2016 (Umeå)" },
    unit: "household-year",
    value: 41431,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Umeå",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, ”Ekonomiskt bistånd” (Västerbottens län): 82 778 tkr utbetalt till 1 998 hushåll, 41 431 kr per hushåll, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, “Ekonomiskt bistånd” (Västerbottens län): SEK 82,778 thousand paid to 1,998 households, SEK 41,431 per household, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_hallands_lan",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (Hallands län)", en: "Social assistance per household and year 2017 (Halland County)" },
    unit: "household-year",
    value: 41514,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Hallands län",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Hallands län): 190 962 tkr utbetalt till 4 600 hushåll, 41 514 kr per hushåll, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, “Ekonomiskt bistånd” (Hallands län): SEK 190,962 thousand paid to 4,600 households, SEK 41,514 per household, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_eskilstuna",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (Eskilstuna)", en: "Social assistance per household and year 2020 (Eskilstuna)" },
    unit: "household-year",
    value: 59968,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Eskilstuna",
    source: {
      sv: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Södermanlands län): 245 270 tkr utbetalt till 4 090 hushåll, 59 968 kr per hushåll, https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
      en: "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, “Ekonomiskt bistånd” (Södermanlands län): SEK 245,270 thousand paid to 4,090 households, SEK 59,968 per household, https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    },
    note: {
      sv: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
      en: "Average over all households that received assistance during the year, short spells included; a long-term recipient household costs more per year",
    },
  },
  {
    key: "sarskilt_boende_per_person_ar",
    label: { sv: "Särskilt boende för äldre per beviljad person och år (riket)", en: "Special housing for the elderly per person granted it, per year (Sweden)" },
    unit: "user-year",
    value: 689700,
    low: 463600,
    high: 1422400,
    priceYear: 2012,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Socialstyrelsen, Kostnadsmått 2012 – Öppna jämförelser av socialtjänsten (2013): kostnad för särskilt boende för äldre per beviljad person, riket 689 700 kr, kommunerna 463 600–1 422 400 kr; återgivet av Gröna Seniorer, https://gronaseniorer.nu/tag/kostnader-for-aldreomsorg/",
      en: "Socialstyrelsen, Kostnadsmått 2012 – Öppna jämförelser av socialtjänsten (2013): cost of special housing for the elderly per person granted it, Sweden SEK 689,700, municipalities SEK 463,600–1,422,400; as quoted by Gröna Seniorer, https://gronaseniorer.nu/tag/kostnader-for-aldreomsorg/",
    },
    note: {
      sv: "Spannet är lägsta och högsta kommunens kostnad, inte ett osäkerhetsintervall; Kolada N23009 ger kommunens egen siffra",
      en: "The range is the cheapest and the dearest municipality's cost, not an uncertainty interval; Kolada KPI N23009 gives each municipality's own figure",
    },
  },
  {
    key: "fallskada_65_per_vardad",
    label: { sv: "Fallskada hos person 65+ som krävt specialistvård, per vårdad person", en: "Fall injury of a person 65+ needing specialist care, per person treated" },
    unit: "fall-injury",
    value: 113925,
    priceYear: 2020,
    payers: { municipality: 0.56, region: 0.41, individual: 0.03 },
    geography: "Sweden",
    source: {
      sv: "Kvot av två publicerade tal för 2020: Socialstyrelsen, Kunskapsguiden, ”Ekonomiskt perspektiv på fallpreventivt arbete”: fallolyckornas direkta kostnader 11,6 miljarder kr (kommuner 56 %, regioner 41 %, informell vård 3 %), https://kunskapsguiden.se/omraden-och-teman/aldre/fallolyckor-och-fallprevention/ekonomiskt-perspektiv-pa-fallpreventivt-arbete/; Folkhälsomyndigheten, ”Fallolyckor bland äldre” (Folkhälsans utveckling): 101 821 personer 65+ vårdade i slutenvård eller specialiserad öppenvård, https://www.folkhalsomyndigheten.se/folkhalsorapportering-statistik/tolkad-rapportering/folkhalsans-utveckling/resultat/halsa/fallolyckor-bland-aldre/",
      en: "The quotient of two published figures for 2020: Socialstyrelsen, Kunskapsguiden, “Ekonomiskt perspektiv på fallpreventivt arbete”: direct costs of falls SEK 11.6 billion (municipalities 56%, regions 41%, informal care 3%), https://kunskapsguiden.se/omraden-och-teman/aldre/fallolyckor-och-fallprevention/ekonomiskt-perspektiv-pa-fallpreventivt-arbete/; Folkhälsomyndigheten (Public Health Agency of Sweden), “Fallolyckor bland äldre” (Folkhälsans utveckling): 101,821 people aged 65+ treated in inpatient or specialist outpatient care, https://www.folkhalsomyndigheten.se/folkhalsorapportering-statistik/tolkad-rapportering/folkhalsans-utveckling/resultat/halsa/fallolyckor-bland-aldre/",
    },
    note: {
      sv: "Genomsnitt över alla fallskador som krävt specialistvård, lindriga som svåra; en höftfraktur kostar mer",
      en: "Average over all fall injuries that needed specialist care, mild and severe; a hip fracture costs more",
    },
  },
  {
    key: "sis_behandling_lasbar_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, behandling på låsbar avdelning, per vårddygn", en: "SiS youth home, treatment on a lockable ward, per care day" },
    unit: "care-day",
    value: 7500,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, behandlingsverksamhet, låsbar avdelning, 5 400 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
      en: "Statens institutionsstyrelse (SiS, the National Board of Institutional Care), “Kraftigt sänkt avgift i SiS ungdomsvård” (2020): care fee under section 3 LVU, 1 July–31 December 2020, treatment, lockable ward, SEK 5,400 per day after a 28% state subsidy, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    },
    note: {
      sv: "Avgiften utan subvention: 5 400 kr / 0,72 = 7 500 kr; kommunen betalar SiS avgift per dygn",
      en: "The fee without the subsidy: SEK 5,400 / 0.72 = SEK 7,500; the municipality pays SiS's fee per day",
    },
  },
  {
    key: "sis_behandling_oppen_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, behandling på öppen avdelning, per vårddygn", en: "SiS youth home, treatment on an open ward, per care day" },
    unit: "care-day",
    value: 4900,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, behandlingsverksamhet, öppen avdelning, 3 528 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
      en: "Statens institutionsstyrelse (SiS, the National Board of Institutional Care), “Kraftigt sänkt avgift i SiS ungdomsvård” (2020): care fee under section 3 LVU, 1 July–31 December 2020, treatment, open ward, SEK 3,528 per day after a 28% state subsidy, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    },
    note: {
      sv: "Avgiften utan subvention: 3 528 kr / 0,72 = 4 900 kr; kommunen betalar SiS avgift per dygn",
      en: "The fee without the subsidy: SEK 3,528 / 0.72 = SEK 4,900; the municipality pays SiS's fee per day",
    },
  },
  {
    key: "sis_utredning_lasbar_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, akut eller utredning på låsbar avdelning, per vårddygn", en: "SiS youth home, emergency or assessment on a lockable ward, per care day" },
    unit: "care-day",
    value: 7400,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, akutverksamhet och utredningsverksamhet, låsbar avdelning, 5 328 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
      en: "Statens institutionsstyrelse (SiS, the National Board of Institutional Care), “Kraftigt sänkt avgift i SiS ungdomsvård” (2020): care fee under section 3 LVU, 1 July–31 December 2020, emergency and assessment, lockable ward, SEK 5,328 per day after a 28% state subsidy, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    },
    note: {
      sv: "Avgiften utan subvention: 5 328 kr / 0,72 = 7 400 kr; kommunen betalar SiS avgift per dygn",
      en: "The fee without the subsidy: SEK 5,328 / 0.72 = SEK 7,400; the municipality pays SiS's fee per day",
    },
  },
  {
    key: "sis_utredning_oppen_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, utredning på öppen avdelning, per vårddygn", en: "SiS youth home, assessment on an open ward, per care day" },
    unit: "care-day",
    value: 6100,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, utredningsverksamhet, öppen avdelning, 4 392 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
      en: "Statens institutionsstyrelse (SiS, the National Board of Institutional Care), “Kraftigt sänkt avgift i SiS ungdomsvård” (2020): care fee under section 3 LVU, 1 July–31 December 2020, assessment, open ward, SEK 4,392 per day after a 28% state subsidy, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    },
    note: {
      sv: "Avgiften utan subvention: 4 392 kr / 0,72 = 6 100 kr; kommunen betalar SiS avgift per dygn",
      en: "The fee without the subsidy: SEK 4,392 / 0.72 = SEK 6,100; the municipality pays SiS's fee per day",
    },
  },
  {
    key: "barnavard_forhandsbedomning",
    label: { sv: "Förhandsbedömning efter orosanmälan (barnavård)", en: "Initial assessment after a report of concern (child welfare)" },
    unit: "initial-assessment",
    value: 1543,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "SKL, Uppdrag Psykisk Hälsa, ”Insatskostnader – sociala investeringar” (Psynk, 2015), schablonpris för förhandsbedömning: 1 543 kr, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
      en: "SKL, Uppdrag Psykisk Hälsa, “Insatskostnader – sociala investeringar” (Psynk, 2015), standard price for an initial assessment: SEK 1,543, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
    },
    note: {
      sv: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
      en: "Staff cost from SCB's wage statistics with employer's contributions; premises are not included",
    },
  },
  {
    key: "barnavard_screening_ester",
    label: { sv: "Screening och ESTER-bedömning (barnavård)", en: "Screening and ESTER assessment (child welfare)" },
    unit: "assessment",
    value: 4754,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: {
      sv: "SKL, Uppdrag Psykisk Hälsa, ”Insatskostnader – sociala investeringar” (Psynk, 2015), schablonpris för screening + ESTER-bedömning: 4 754 kr, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
      en: "SKL, Uppdrag Psykisk Hälsa, “Insatskostnader – sociala investeringar” (Psynk, 2015), standard price for screening + ESTER assessment: SEK 4,754, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
    },
    note: {
      sv: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
      en: "Staff cost from SCB's wage statistics with employer's contributions; premises are not included",
    },
  },
] as const satisfies readonly UnitCost[];

export type UnitCostKey = (typeof unitCostLibrary)[number]["key"];

/** A unit cost of the library by its key; throws for an unknown key. */
export function unitCostByKey(key: UnitCostKey | (string & {})): UnitCost {
  const found = unitCostLibrary.find((unitCost) => unitCost.key === key);
  if (!found) throw new RangeError(`No unit cost with key "${key}" in the library`);
  return found;
}

export interface UnitCostPricing {
  /** The price index to index with; KPI by default. */
  series?: PriceIndex;
  /** Scales the figure, for example 12 to turn a monthly cost into a whole-year one. */
  multiplier?: number;
}

/**
 * A unit cost as a scenario `Uncertain` in `priceYear` prices: triangular(low, value, high) when the source
 * reports a range, otherwise the number. Dated figures are indexed with KPI (a year outside the series throws);
 * undated figures are taken as they are, as if in `priceYear` prices.
 */
export function unitCostAt(
  unitCost: UnitCost | UnitCostKey,
  priceYear: number,
  { series = swedishCpi, multiplier = 1 }: UnitCostPricing = {},
): Uncertain {
  const cost = typeof unitCost === "string" ? unitCostByKey(unitCost) : unitCost;
  const price = (amount: number) =>
    multiplier * (cost.priceYear === null ? amount : indexPrice(amount, cost.priceYear, priceYear, series));
  if (cost.low !== undefined && cost.high !== undefined) {
    return { dist: "triangular", min: price(cost.low), mode: price(cost.value), max: price(cost.high) };
  }
  return price(cost.value);
}
