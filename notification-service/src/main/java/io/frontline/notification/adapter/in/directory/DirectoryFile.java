package io.frontline.notification.adapter.in.directory;

import io.frontline.platform.config.ConfigFile;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.QuietHours;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and checks the directory file (format in the service README and {@code deploy/local/directory.yaml}):
 * every site and region must exist in the organisation, every role and language must be known.
 * Every problem is reported at once, so that a broken file is fixed in one go.
 */
final class DirectoryFile {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBHOOK = Pattern.compile("https?://\\S+");

    private DirectoryFile() {
    }

    record QuietHoursDoc(String start, String end) {
    }

    record PersonDoc(String id, String name, String email, String language, String timeZone, List<String> roles,
                     List<String> sites, List<String> regions, String webhookUrl, QuietHoursDoc quietHours,
                     String mobile) {
    }

    record Doc(List<PersonDoc> people) {
    }

    static Directory read(InputStream yaml, String origin, Organisation organisation) {
        Doc doc = ConfigFile.readYaml(yaml, Doc.class, origin, InvalidDirectoryException::new);
        if (doc == null || doc.people() == null || doc.people().isEmpty()) {
            throw new InvalidDirectoryException(origin, List.of("lists nobody under 'people'"));
        }
        List<String> problems = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (PersonDoc person : doc.people()) {
            number++;
            if (person == null) {
                problems.add("person #" + number + " is empty");
                continue;
            }
            String where = blank(person.id()) ? "person #" + number : "person '" + person.id() + "'";
            int before = problems.size();
            if (blank(person.id()) || person.id().strip().contains(" ")) {
                problems.add(where + " needs an id (the OIDC username) without spaces");
            } else if (!ids.add(person.id())) {
                problems.add(where + " is listed twice");
            }
            if (blank(person.name())) {
                problems.add(where + " needs a name");
            }
            if (person.email() == null || !EMAIL.matcher(person.email()).matches()) {
                problems.add(where + " has e-mail '" + person.email() + "', which is not an e-mail address");
            }
            Optional<Language> language = Language.fromCode(person.language());
            if (language.isEmpty()) {
                problems.add(where + " has language '" + person.language() + "'; expected nl, en or ja");
            }
            ZoneId zone = zone(person.timeZone(), where, problems);
            Set<String> roles = values(person.roles());
            Set<String> sites = values(person.sites());
            Set<String> regions = values(person.regions());
            if (roles.isEmpty()) {
                problems.add(where + " has no roles");
            }
            for (String role : roles) {
                if (!Recipient.PERSON_ROLES.contains(role)) {
                    problems.add(where + " has unknown role '" + role + "'; expected one of "
                            + new TreeSet<>(Recipient.PERSON_ROLES));
                }
            }
            for (String site : sites) {
                if (organisation.findSite(site).isEmpty()) {
                    problems.add(where + " names site '" + site + "', which the organisation does not have");
                }
            }
            for (String region : regions) {
                if (organisation.findRegion(region).isEmpty()) {
                    problems.add(where + " names region '" + region + "', which the organisation does not have");
                }
            }
            if (roles.contains(Roles.SITE_MANAGER) && sites.isEmpty()) {
                problems.add(where + " is a site-manager without sites");
            }
            if (roles.contains(Roles.REGIONAL_MANAGER) && regions.isEmpty()) {
                problems.add(where + " is a regional-manager without regions");
            }
            if (person.webhookUrl() != null && !WEBHOOK.matcher(person.webhookUrl()).matches()) {
                problems.add(where + " has webhookUrl '" + person.webhookUrl() + "', which is not an http(s) URL");
            }
            if (!blank(person.mobile()) && !Recipient.MOBILE.matcher(person.mobile().strip()).matches()) {
                // the number itself stays out of the message: start-up problems are logged
                problems.add(where + " has a mobile number that is not a plus and 8 to 15 digits (e.g. +31612345678)");
            }
            QuietHours quiet = quietHours(person.quietHours(), where, problems);
            if (problems.size() == before) {
                recipients.add(new Recipient(person.id(), person.name().strip(), person.email().strip(),
                        language.get(), zone, roles, sites, regions, person.webhookUrl(), quiet,
                        blank(person.mobile()) ? null : person.mobile().strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(origin, problems);
        }
        return new Directory(recipients);
    }

    private static QuietHours quietHours(QuietHoursDoc doc, String where, List<String> problems) {
        if (doc == null) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(doc.start()), LocalTime.parse(doc.end()));
        } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
            problems.add(where + " has quietHours " + doc.start() + "–" + doc.end()
                    + "; expected two different times of day such as {start: \"22:00\", end: \"07:00\"}");
            return null;
        }
    }

    private static ZoneId zone(String zone, String where, List<String> problems) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(where + " has an unknown timeZone '" + zone + "'");
            return null;
        }
    }

    private static Set<String> values(List<String> list) {
        Set<String> values = new LinkedHashSet<>();
        if (list != null) {
            for (String value : list) {
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
