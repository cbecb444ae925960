package fi.polku.language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Polku speaks to people: Finnish, Swedish and English. Chosen by the browser's
 * language as Camunda's own screens are, English when the browser asks for none of them.
 */
public enum Language {
    EN("en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
    FI("fi", DateTimeFormatter.ofPattern("d.M.yyyy")),
    SV("sv", DateTimeFormatter.ofPattern("d.M.yyyy"));

    private final String code;
    private final DateTimeFormatter dates;

    Language(String code, DateTimeFormatter dates) {
        this.code = code;
        this.dates = dates;
    }

    /** A date as the language writes it: 5.12.2026 in Finnish and Swedish, 5 December 2026 in English. */
    public String date(LocalDate date) {
        return date.format(dates);
    }

    public String code() {
        return code;
    }

    /** The first of Polku's languages in an {@code Accept-Language} header's order of preference; English otherwise. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = fromCode(range.getRange());
                if (language.isPresent() && range.getWeight() > 0) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header the browser would never send: the default, as for no header
        }
        return EN;
    }

    /** {@code fi}, {@code fi-FI}, {@code sv-se} … (case does not matter); empty for other languages. */
    public static Optional<Language> fromCode(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return List.of(values()).stream().filter(language -> language.code.equals(primary)).findFirst();
    }
}
