package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;

/** The office-holders table: which terms a name, a state and a day select (fixture people invented). */
class OfficeHoldersTest {
    private static final String NORWAY = "Q20", CHILE = "Q298";
    private static OfficeHolders table;

    @BeforeAll
    static void read() throws Exception {
        table = OfficeHolders.read(Fixtures.OFFICE_HOLDERS);
    }

    private static Optional<String> person(String name, String state, LocalDate day) {
        return OfficeHolders.samePerson(table.terms(name, state, null, day));
    }

    @Test
    void fullNameStateAndADayInTheTermGiveThePerson() {
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvik", NORWAY, LocalDate.of(2017, 5, 4)));
        List<OfficeHolder> terms = table.terms("Ingrid Holmvik", NORWAY, "Head of government", LocalDate.of(2017, 5, 4));
        assertEquals(1, terms.size());
        assertEquals("2015-03-01", terms.get(0).start());
        assertEquals("2019-06-30", terms.get(0).end());
    }

    @Test
    void aDayOutsideEveryTermGivesNoOne() {
        assertEquals(Optional.empty(), person("Ingrid Holmvik", NORWAY, LocalDate.of(2020, 9, 1)));
        assertEquals(Optional.empty(), person("Ingrid Holmvik", NORWAY, LocalDate.of(2014, 1, 1)));
    }

    @Test
    void aMonthOfSlackAtEitherEndOfATerm() {
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvik", NORWAY, LocalDate.of(2019, 7, 20)));
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvik", NORWAY, LocalDate.of(2015, 2, 10)));
        assertEquals(Optional.empty(), person("Ingrid Holmvik", NORWAY, LocalDate.of(2019, 8, 15)));
    }

    @Test
    void anOpenTermLastsAndAPartialDateCoversItsWholeMonthOrYear() {
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvik", NORWAY, LocalDate.of(2031, 1, 1)));
        assertEquals(Optional.of("Q999000002"), person("Tomás Oyarzún", CHILE, LocalDate.of(2018, 3, 1)));
        assertEquals(1, table.terms("Ana Riquelme", CHILE, null, LocalDate.of(2020, 12, 31)).size(), "a term ending in 2020 ends on 31 December");
        assertEquals(0, table.terms("Ana Riquelme", CHILE, null, LocalDate.of(2021, 3, 1)).size());
    }

    @Test
    void withoutADayEveryTermOfThePersonInTheStateCounts() {
        assertEquals(2, table.terms("Ingrid Holmvik", NORWAY, null, null).size());
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvik", NORWAY, null));
    }

    @Test
    void aWrongStateOrOfficeGivesNoOne() {
        assertEquals(Optional.empty(), person("Ingrid Holmvik", CHILE, LocalDate.of(2017, 5, 4)));
        assertEquals(List.of(), table.terms("Ingrid Holmvik", NORWAY, "Head of state", LocalDate.of(2017, 5, 4)));
    }

    @Test
    void namesCompareWithoutCaseAndAccentsAndListedSpellingsCount() {
        assertEquals(Optional.of("Q999000002"), person("TOMAS OYARZUN", CHILE, LocalDate.of(2020, 1, 1)));
        // "Holmvick" is a listed spelling of the surname: with the given name it is the full name
        assertEquals(Optional.of("Q999000001"), person("Ingrid Holmvick", NORWAY, LocalDate.of(2017, 5, 4)));
        assertEquals(Optional.empty(), person("Ingrid Holmwik", NORWAY, LocalDate.of(2017, 5, 4)), "no spelling the table does not list");
    }

    @Test
    void aSurnameAloneNeverMatches() {
        assertEquals(List.of(), table.terms("Holmvik", NORWAY, null, LocalDate.of(2017, 5, 4)));
        assertEquals(List.of(), table.named("Oyarzún"));
    }

    @Test
    void aHolderWithoutQidIsFoundButNamesNoOne() {
        List<OfficeHolder> terms = table.terms("Ana Riquelme", CHILE, null, LocalDate.of(2019, 6, 1));
        assertEquals(1, terms.size());
        assertEquals(Optional.empty(), OfficeHolders.samePerson(terms));
        assertEquals(Optional.empty(), table.onlyPersonNamed("Ana Riquelme"));
    }

    @Test
    void aFullNameTheTableGivesOnePersonNamesThatPersonWhateverTheOffice() {
        assertEquals(Optional.of("Q999000003"), table.onlyPersonNamed("Helena Markovic"));
        assertEquals(Optional.of("Q999000003"), table.onlyPersonNamed("HELENA MARKOVIĆ"));
        assertEquals(Optional.empty(), table.onlyPersonNamed("Helena Marković-Lind"));
    }

    @Test
    void termsOfTwoPeopleNameNoOne() {
        List<OfficeHolder> two = List.of(table.named("Ingrid Holmvik").get(0), table.named("Tomás Oyarzún").get(0));
        assertEquals(Optional.empty(), OfficeHolders.samePerson(two));
        assertEquals(Optional.empty(), OfficeHolders.samePerson(List.of()));
    }

    @Test
    void aTableWithoutARequiredColumnIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("holders.tsv");
        Files.writeString(bad, "state\tstate_qid\toffice\tperson\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OfficeHolders.read(bad));
        assertTrue(e.getMessage().contains("person_qid"), e.getMessage());
    }

    @Test
    void theStandardTableIsLoadedOnceAndEveryQidNamesOnePerson() {
        OfficeHolders standard = OfficeHolders.standard();
        assertSame(standard, OfficeHolders.standard());
        assertTrue(standard.rows().size() >= 1115, "rows: " + standard.rows().size());
        Set<String> states = standard.rows().stream().map(OfficeHolder::stateQid).collect(Collectors.toSet());
        assertTrue(states.size() >= 67, "states and organizations: " + states.size());
        for (OfficeHolder row : standard.rows()) {
            assertTrue(row.stateQid().matches("Q\\d+"), row.toString());
            assertTrue(row.personQid() == null || row.personQid().matches("Q\\d+"), row.toString());
            assertTrue(row.personQid() == null || !row.source().isEmpty(), "a QID needs its source: " + row);
            assertTrue(row.start() != null, row.toString());
            // parses: a date the table gives is a real one
            row.inOffice(LocalDate.of(2000, 1, 1), 0);
        }
        Set<String> qidsPerName = standard.rows().stream().filter(r -> r.personQid() != null)
                .collect(Collectors.groupingBy(r -> Names.key(r.person()), Collectors.mapping(OfficeHolder::personQid, Collectors.toSet())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1).map(e -> e.getKey()).collect(Collectors.toSet());
        assertEquals(Set.of(), qidsPerName, "names with two QIDs");
    }
}
