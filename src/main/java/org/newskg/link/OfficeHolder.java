package org.newskg.link;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One term of office from the office-holders table: who held which office of which state or
 * organization, from when to when. {@code office} is as the table writes it ("Head of state",
 * "Foreign minister", "Secretary-General"); {@code start} and {@code end} are YYYY, YYYY-MM or
 * YYYY-MM-DD as the table gives them. {@code personQid} is null where no source gave one,
 * {@code end} null while the holder is (as far as the table knows) still in office.
 */
public record OfficeHolder(String state, String stateQid, String office, String person, String personQid,
                           String start, String end, List<String> aliases, String source) {

    public OfficeHolder {
        aliases = List.copyOf(aliases);
    }

    /** The person's name and the other spellings the table lists for them. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(person);
        names.addAll(aliases);
        return names;
    }

    /**
     * In office on this day, give or take {@code slackDays} at both ends of the term. A partial
     * date covers all its days: a term ending in "2025" ends on the last day of 2025.
     */
    public boolean inOffice(LocalDate day, int slackDays) {
        return beganBy(day, slackDays) && (end == null || !day.isAfter(lastDay(end).plusDays(slackDays)));
    }

    /** Took office by this day, give or take {@code slackDays}: a former holder's term lies before the day. */
    public boolean beganBy(LocalDate day, int slackDays) {
        return start == null || !day.isBefore(firstDay(start).minusDays(slackDays));
    }

    private static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    private static LocalDate lastDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }
}
