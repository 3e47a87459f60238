package dev.relacja.contacts.impl.bench;

import dev.relacja.contacts.api.ContactsTransfer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A reproducible Polish address book: companies (60 %) with valid NIPs and persons (40 %), Polish names
 * with diacritics, addresses, e-mails, phones and a few tags from a small set. The same seed gives the
 * same rows, so runs compare.
 */
final class SyntheticCounterparties {
    /** Codes are {@code KH} and six digits, so a five-digit fragment matches about ten codes. */
    static final String CODE_PREFIX = "KH";
    static final List<String> TAGS = List.of("vip", "hurt", "detal", "dostawca", "odbiorca", "eksport", "nowy",
            "zaległości", "partner", "sezonowy");

    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final String[] MALE_NAMES = {"Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz",
        "Grzegorz", "Józef", "Stanisław", "Wojciech", "Jędrzej", "Mateusz", "Bartłomiej", "Zbigniew", "Maciej"};
    private static final String[] FEMALE_NAMES = {"Anna", "Małgorzata", "Katarzyna", "Agnieszka", "Barbara", "Ewa",
        "Elżbieta", "Zofia", "Jolanta", "Bożena", "Żaneta", "Joanna", "Teresa", "Grażyna", "Magdalena", "Urszula"};
    /** Surnames by rough frequency: the first ones recur often, so "kowalsk" or "nowak" match many rows. */
    private static final String[] SURNAMES = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski",
        "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień",
        "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak",
        "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski",
        "Wróblewski", "Żak", "Łuczak", "Ślusarczyk", "Ćwik", "Gołębiowski", "Sójka", "Bąk", "Kałuża", "Żurawski",
        "Czyż"};
    private static final String[] TRADES = {"Transport", "Budownictwo", "Handel", "Usługi Księgowe", "Drób",
        "Piekarnia", "Mleczarnia", "Stolarstwo", "Ogrodnictwo", "Instalacje", "Elektronika", "Serwis Aut",
        "Poligrafia", "Meble", "Hurtownia Spożywcza", "Pośrednictwo Ubezpieczeniowe", "Logistyka", "Gastronomia"};
    private static final String[] BRANDS = {"Złote Kłosy", "Świt", "Źródło", "Gęś", "Żuraw", "Łąka", "Pszczółka",
        "Orzeł", "Sokół", "Wisła", "Odra", "Bałtyk", "Tatry", "Mazowsze", "Śnieżka", "Jutrzenka", "Polmlek",
        "Agrobud", "Technoserwis", "Kompleks"};
    private static final String[] LEGAL_FORMS = {"Sp. z o.o.", "S.A.", "Sp. j.", "Sp. k.", "s.c."};
    private static final String[] CITIES = {"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin",
        "Bydgoszcz", "Lublin", "Białystok", "Katowice", "Gdynia", "Częstochowa", "Radom", "Toruń", "Rzeszów",
        "Kielce", "Gliwice", "Olsztyn", "Zielona Góra", "Bielsko-Biała", "Opole", "Gorzów Wielkopolski", "Płock",
        "Elbląg", "Wałbrzych", "Tarnów", "Koszalin", "Kalisz", "Legnica", "Słupsk", "Nowy Sącz", "Jelenia Góra",
        "Łomża", "Żory", "Świnoujście", "Zakopane", "Sopot", "Ełk", "Mińsk Mazowiecki"};
    private static final String[] STREETS = {"Marszałkowska", "Świętokrzyska", "Żwirki i Wigury", "Długa",
        "Piłsudskiego", "Kościuszki", "Mickiewicza", "Słowackiego", "Wrocławska", "Łąkowa", "Ogrodowa", "Leśna",
        "Polna", "Źródlana", "Jagiellońska", "Grunwaldzka", "Sienkiewicza", "Żeromskiego", "Szkolna", "Kwiatowa"};
    private static final String[] MAIL_DOMAINS = {"gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl"};
    private static final String[] NOTES = {"Dzwonić po 15:00, księgowość: pani Żaneta.",
        "Płaci terminowo; rabat 5% na zamówienia powyżej 10 000 zł.", "Preferuje kontakt e-mailowy, nie SMS.",
        "Zaległość z zeszłego roku rozliczona w ratach.", "Odbiór osobisty w magazynie w Łodzi."};

    private SyntheticCounterparties() {
    }

    static List<SyntheticCounterparty> generate(int count, long seed) {
        Random random = new Random(seed);
        List<SyntheticCounterparty> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            rows.add(random.nextInt(10) < 6 ? company(i, random) : person(i, random));
        }
        return rows;
    }

    /** The rows as the CSV that {@link ContactsTransfer#importCounterparties} reads (header row, {@code ;} lists). */
    static String toCsv(List<SyntheticCounterparty> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 260);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(ContactsTransfer.CSV_COLUMNS).build();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            for (SyntheticCounterparty r : rows) {
                printer.printRecord(r.code(), r.name(), r.kind(), r.nip(), null, r.street(), r.postalCode(), r.city(),
                        SyntheticCounterparty.COUNTRY, String.join(";", r.emails()), String.join(";", r.phones()),
                        r.billingEmail(), null, r.paymentTermDays(), r.emailConsent() ? "tak" : "nie",
                        String.join(";", r.tags()), r.notes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** Ten digits whose last is the weighted mod-11 check digit; a remainder of 10 is never issued, so redraw. */
    static String validNip(Random random) {
        while (true) {
            int[] digits = new int[10];
            digits[0] = 1 + random.nextInt(9);
            int sum = digits[0] * NIP_WEIGHTS[0];
            for (int d = 1; d < 9; d++) {
                digits[d] = random.nextInt(10);
                sum += digits[d] * NIP_WEIGHTS[d];
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            digits[9] = check;
            StringBuilder nip = new StringBuilder(10);
            for (int digit : digits) {
                nip.append(digit);
            }
            return nip.toString();
        }
    }

    private static SyntheticCounterparty company(int number, Random random) {
        String surname = surname(random);
        String brand = pick(BRANDS, random);
        String trade = pick(TRADES, random);
        String city = pick(CITIES, random);
        String name = switch (random.nextInt(5)) {
            case 0 -> surname + " " + trade + " " + pick(LEGAL_FORMS, random);
            case 1 -> "PHU " + brand + " " + surname;
            case 2 -> surname + " i Wspólnicy " + pick(LEGAL_FORMS, random);
            case 3 -> "Przedsiębiorstwo " + trade + " „" + brand + "” " + city;
            default -> brand + " " + trade + " " + pick(LEGAL_FORMS, random);
        };
        String domain = slug(random.nextBoolean() ? surname + "-" + trade : brand) + ".pl";
        List<String> emails = random.nextInt(4) == 0 ? List.of("biuro@" + domain, "zamowienia@" + domain)
                : List.of("biuro@" + domain);
        String billingEmail = random.nextBoolean() ? "faktury@" + domain : null;
        return new SyntheticCounterparty(code(number), name, "COMPANY", validNip(random), street(random),
                postalCode(random), city, emails, phones(random), billingEmail,
                new int[] {7, 14, 14, 21, 30, 30}[random.nextInt(6)], random.nextInt(3) > 0, tags(random),
                notes(random));
    }

    private static SyntheticCounterparty person(int number, Random random) {
        boolean female = random.nextBoolean();
        String first = pick(female ? FEMALE_NAMES : MALE_NAMES, random);
        String surname = surname(random);
        if (female && surname.endsWith("ski")) {
            surname = surname.substring(0, surname.length() - 1) + "a";
        }
        String email = slug(first) + "." + slug(surname) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(100)))
                + "@" + pick(MAIL_DOMAINS, random);
        return new SyntheticCounterparty(code(number), first + " " + surname, "PERSON", null, street(random),
                postalCode(random), pick(CITIES, random), List.of(email), phones(random), null,
                random.nextInt(3) == 0 ? 14 : null, random.nextBoolean(), tags(random), notes(random));
    }

    private static String code(int number) {
        return String.format(Locale.ROOT, "%s%06d", CODE_PREFIX, number);
    }

    /** Skewed towards the common surnames, as real address books are. */
    private static String surname(Random random) {
        double skewed = Math.pow(random.nextDouble(), 2.2);
        return SURNAMES[(int) (skewed * SURNAMES.length)];
    }

    private static String street(Random random) {
        String number = String.valueOf(1 + random.nextInt(180));
        return "ul. " + pick(STREETS, random) + " " + (random.nextBoolean() ? number : number + "/" + (1 + random.nextInt(60)));
    }

    private static String postalCode(Random random) {
        return String.format(Locale.ROOT, "%02d-%03d", random.nextInt(100), random.nextInt(1000));
    }

    private static List<String> phones(Random random) {
        String mobile = String.format(Locale.ROOT, "+48 %d%02d %03d %03d", 5 + random.nextInt(4), random.nextInt(100),
                random.nextInt(1000), random.nextInt(1000));
        return random.nextInt(3) == 0
                ? List.of(mobile, String.format(Locale.ROOT, "+48 22 %03d %02d %02d", random.nextInt(1000),
                        random.nextInt(100), random.nextInt(100)))
                : List.of(mobile);
    }

    private static List<String> tags(Random random) {
        Set<String> tags = new LinkedHashSet<>();
        int count = random.nextInt(4);
        for (int t = 0; t < count; t++) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return List.copyOf(tags);
    }

    private static String notes(Random random) {
        return random.nextInt(10) == 0 ? pick(NOTES, random) : null;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** ASCII, lower case, dashes for spaces: how Polish names turn into e-mail addresses and domains. */
    static String slug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int polish = "ąćęłńóśźż".indexOf(c);
            if (polish >= 0) {
                slug.append("acelnoszz".charAt(polish));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        return slug.toString();
    }
}
