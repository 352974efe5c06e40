package org.newskg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates stated in a sentence, as a facts-format date ({@code YYYY-MM-DD}): full calendar dates
 * ("15 June 2024", "June 5, 2017"), and, when the publication date is known, dates relative to
 * it: "on Monday" (the last Monday on or before publication), "yesterday", "overnight" (the
 * night before publication), "today", and a day and month without a year (the last such day on
 * or before publication).
 */
final class DateResolver {
    private static final Map<String, Month> MONTHS = new HashMap<>();
    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})\\b(?!,? \\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b(?!,? \\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|early|late) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|overnight|tonight|earlier today)\\b", Pattern.CASE_INSENSITIVE);

    private final LocalDate published;

    DateResolver(String published) {
        LocalDate p = null;
        if (published != null && published.length() >= 10) {
            try {
                p = LocalDate.parse(published.substring(0, 10));
            } catch (DateTimeException e) {
                p = null;
            }
        }
        this.published = p;
    }

    /** The article's publication date, or null when it has none. */
    LocalDate published() {
        return published;
    }

    /** The date the sentence gives for what it reports, or null. */
    String dateIn(String sentence) {
        LocalDate d = absolute(sentence);
        if (d == null && published != null)
            d = relative(sentence);
        return d == null ? null : d.toString();
    }

    private static LocalDate absolute(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find())
            return date(m.group(3), m.group(2), m.group(1));
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find())
            return date(m.group(3), m.group(1), m.group(2));
        m = ISO.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group());
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private LocalDate relative(String s) {
        Matcher m = WEEKDAY.matcher(s);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published;
            while (d.getDayOfWeek() != day)
                d = d.minusDays(1);
            return d;
        }
        m = MONTH_DAY.matcher(s);
        if (m.find())
            return lastBefore(m.group(1), m.group(2));
        m = DAY_MONTH.matcher(s);
        if (m.find())
            return lastBefore(m.group(2), m.group(1));
        m = RELATIVE.matcher(s);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return w.equals("yesterday") || w.equals("overnight") ? published.minusDays(1) : published;
        }
        return null;
    }

    private LocalDate lastBefore(String month, String day) {
        LocalDate d = date(Integer.toString(published.getYear()), month, day);
        if (d != null && d.isAfter(published))
            d = date(Integer.toString(published.getYear() - 1), month, day);
        return d;
    }

    private static LocalDate date(String year, String month, String day) {
        Month m = MONTHS.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            try {
                m = Month.valueOf(month.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
