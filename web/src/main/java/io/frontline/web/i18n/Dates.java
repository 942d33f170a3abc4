package io.frontline.web.i18n;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the reader reads them: in their language, on the clock of the site concerned. */
@ApplicationScoped
public class Dates {
    @Inject
    Organisation organisation;

    public ZoneId zoneOf(String siteId) {
        return siteId == null ? defaultZone()
                : organisation.findSite(siteId).map(Site::timeZone).orElse(defaultZone());
    }

    /** The chain's zone when the site is not known: that of its first site. */
    public ZoneId defaultZone() {
        return organisation.sites().get(0).timeZone();
    }

    public String dateTime(Instant at, String siteId, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zoneOf(siteId)));
    }

    public String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
