package io.frontline.platform.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A branch or call center of the chain, with its own time zone and business calendar. */
public record Site(String id, String name, SiteType type, String regionId, ZoneId timeZone,
                   BusinessCalendar calendar, List<Department> departments) {

    public Site {
        departments = List.copyOf(departments);
    }

    public Optional<Department> department(String departmentId) {
        return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst();
    }
}
