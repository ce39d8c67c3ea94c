package jp.yokoten.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.yokoten.common.error.InvalidInput;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
    @Test
    void fiscalYearsRunFromAprilToMarchInTokyo() {
        assertEquals(2025, FiscalYear.of(OffsetDateTime.parse("2026-03-31T23:30:00+09:00")).year());
        assertEquals(2026, FiscalYear.of(OffsetDateTime.parse("2026-04-01T00:10:00+09:00")).year());
        // 2026-03-31T15:10Z is already April 1st in Tokyo
        assertEquals(2026, FiscalYear.of(OffsetDateTime.parse("2026-03-31T15:10:00Z")).year());
        assertEquals(2025, FiscalYear.of(LocalDate.of(2026, 3, 31)).year());
        assertEquals(LocalDate.of(2026, 4, 1), new FiscalYear(2026).firstDay());
        assertEquals(LocalDate.of(2027, 4, 1), new FiscalYear(2026).endDay());
        assertEquals(OffsetDateTime.parse("2026-04-01T00:00:00+09:00").toInstant(), new FiscalYear(2026).start().toInstant());
    }

    @Test
    void parameterOutsideTheRangeIsRefused() {
        assertEquals(2026, FiscalYear.parse("2026").year());
        for (String bad : new String[] {"1999", "2101", "FY2026", "2026.5"}) {
            assertThrows(InvalidInput.class, () -> FiscalYear.parse(bad), bad);
        }
    }
}
