package io.frontline.platform.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The days a site handles complaints: its working weekdays minus its holidays. Terms counted in
 * business days (seed 002) skip the rest.
 */
public record BusinessCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

    public static final BusinessCalendar MONDAY_TO_FRIDAY = new BusinessCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            Set.of());

    public BusinessCalendar {
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day");
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The date that lies {@code days} business days after {@code start} (start itself not counted). */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }
}
