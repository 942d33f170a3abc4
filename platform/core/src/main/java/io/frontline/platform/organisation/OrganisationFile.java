package io.frontline.platform.organisation;

import io.frontline.platform.config.ConfigFile;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Department;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.RepeatWindow;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the organisation file (format documented in {@code deploy/organisation.md}).
 * Every problem found is reported at once, so that a broken file is fixed in one go.
 */
public final class OrganisationFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private OrganisationFile() {
    }

    record ChainDoc(String id, String name, String defaultCountry, String timeZone, String repeatWindow) {
    }

    record RegionDoc(String id, String name) {
    }

    record CalendarDoc(List<String> workingDays, List<String> holidays) {
    }

    record DepartmentDoc(String id, String name) {
    }

    record SiteDoc(String id, String name, String type, String region, String timeZone, CalendarDoc calendar,
                   List<DepartmentDoc> departments) {
    }

    record Doc(ChainDoc chain, List<RegionDoc> regions, List<SiteDoc> sites) {
    }

    public static Organisation read(InputStream yaml, String origin) {
        Doc doc = ConfigFile.readYaml(yaml, Doc.class, origin, InvalidOrganisationException::new);
        if (doc == null) {
            throw new InvalidOrganisationException(origin, List.of("is empty"));
        }
        List<String> problems = new ArrayList<>();
        if (doc.chain() == null || blank(doc.chain().id()) || blank(doc.chain().name())) {
            problems.add("chain.id and chain.name are required");
        }
        String country = doc.chain() == null || blank(doc.chain().defaultCountry()) ? "NL"
                : doc.chain().defaultCountry().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            problems.add("chain.defaultCountry '" + country + "' is not an ISO 3166 country code");
        }

        List<Region> regions = new ArrayList<>();
        Set<String> regionIds = new HashSet<>();
        for (RegionDoc r : nonNull(doc.regions())) {
            if (!validId(r.id())) {
                problems.add("region id '" + r.id() + "' must be lower-case letters, digits and dashes");
            } else if (!regionIds.add(r.id())) {
                problems.add("region '" + r.id() + "' is listed twice");
            }
            regions.add(new Region(r.id(), blank(r.name()) ? r.id() : r.name()));
        }
        if (regions.isEmpty()) {
            problems.add("at least one region is required");
        }

        List<Site> sites = new ArrayList<>();
        Set<String> siteIds = new HashSet<>();
        for (SiteDoc s : nonNull(doc.sites())) {
            String where = "site '" + s.id() + "'";
            if (!validId(s.id())) {
                problems.add("site id '" + s.id() + "' must be lower-case letters, digits and dashes");
            } else if (!siteIds.add(s.id())) {
                problems.add(where + " is listed twice");
            }
            if (s.region() == null || !regionIds.contains(s.region())) {
                problems.add(where + " names region '" + s.region() + "', which is not defined");
            }
            SiteType type = parseType(s.type(), where, problems);
            ZoneId zone = parseZone(s.timeZone(), where, problems);
            BusinessCalendar calendar = parseCalendar(s.calendar(), where, problems);
            List<Department> departments = new ArrayList<>();
            Set<String> departmentIds = new HashSet<>();
            for (DepartmentDoc d : nonNull(s.departments())) {
                if (!validId(d.id()) || !departmentIds.add(d.id())) {
                    problems.add(where + " has an invalid or repeated department id '" + d.id() + "'");
                }
                departments.add(new Department(d.id(), blank(d.name()) ? d.id() : d.name()));
            }
            sites.add(new Site(s.id(), blank(s.name()) ? s.id() : s.name(), type, s.region(), zone, calendar,
                    departments));
        }
        if (sites.isEmpty()) {
            problems.add("at least one site is required");
        }
        ZoneId chainZone = chainZone(doc.chain(), sites, problems);
        RepeatWindow repeatWindow = repeatWindow(doc.chain(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(origin, problems);
        }
        return new Organisation(doc.chain().id(), doc.chain().name(), country, regions, sites, chainZone,
                repeatWindow);
    }

    /** The chain's own zone; required once its sites lie in more than one zone, so none is picked by chance. */
    private static ZoneId chainZone(ChainDoc chain, List<Site> sites, List<String> problems) {
        if (chain != null && !blank(chain.timeZone())) {
            return parseZone(chain.timeZone(), "chain", problems);
        }
        Set<ZoneId> zones = new HashSet<>();
        sites.forEach(s -> zones.add(s.timeZone()));
        if (zones.size() > 1) {
            problems.add("chain.timeZone is required when the sites lie in different time zones");
        }
        return sites.isEmpty() ? ZoneId.of("UTC") : sites.get(0).timeZone();
    }

    private static RepeatWindow repeatWindow(ChainDoc chain, List<String> problems) {
        if (chain == null || blank(chain.repeatWindow())) {
            return RepeatWindow.TWELVE_MONTHS;
        }
        try {
            Period period = Period.parse(chain.repeatWindow().trim());
            if (!period.isNegative() && !period.isZero()) {
                return RepeatWindow.of(period);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add("chain.repeatWindow '" + chain.repeatWindow() + "' is not a positive ISO-8601 period (P12M)");
        return RepeatWindow.TWELVE_MONTHS;
    }

    private static SiteType parseType(String type, String where, List<String> problems) {
        if ("branch".equals(type)) {
            return SiteType.BRANCH;
        }
        if ("call-center".equals(type)) {
            return SiteType.CALL_CENTER;
        }
        problems.add(where + " has type '" + type + "'; expected branch or call-center");
        return SiteType.BRANCH;
    }

    private static ZoneId parseZone(String zone, String where, List<String> problems) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(where + " has an unknown timeZone '" + zone + "'");
            return ZoneId.of("UTC");
        }
    }

    private static BusinessCalendar parseCalendar(CalendarDoc doc, String where, List<String> problems) {
        if (doc == null) {
            return BusinessCalendar.MONDAY_TO_FRIDAY;
        }
        Set<DayOfWeek> days = new HashSet<>();
        for (String day : nonNull(doc.workingDays())) {
            try {
                days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(where + " has an unknown working day '" + day + "'");
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (String holiday : nonNull(doc.holidays())) {
            try {
                holidays.add(LocalDate.parse(holiday));
            } catch (DateTimeException e) {
                problems.add(where + " has a holiday '" + holiday + "' that is not a yyyy-mm-dd date");
            }
        }
        if (days.isEmpty()) {
            problems.add(where + " has a calendar without working days");
            return BusinessCalendar.MONDAY_TO_FRIDAY;
        }
        return new BusinessCalendar(days, holidays);
    }

    private static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
