package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which checks a ban answers with "banned": scope, channel, region, time. */
class BanIndexTest {
    private static final SubjectKey CUSTOMER = new SubjectKey("sk1_" + "C".repeat(43));
    private static final Instant NOW = Instant.parse("2026-11-05T16:41:09Z");
    private final BanIndex index = new BanIndex();

    @Test
    void a_department_ban_does_not_block_another_department() {
        index.apply(ban(new ContactBanTerms(ContactScope.DEPARTMENT, "cc-rotterdam", "billing", null, Set.of(), null)));

        assertThat(banned("cc-rotterdam", Channel.PHONE, "billing", null)).isTrue();
        assertThat(banned("cc-rotterdam", Channel.PHONE, "orders", null)).isFalse();
        assertThat(banned("ams-centrum", Channel.PHONE, "billing", null)).as("billing of another site").isFalse();
    }

    @Test
    void an_employee_ban_does_not_block_a_colleague() {
        index.apply(ban(new ContactBanTerms(ContactScope.EMPLOYEE, null, null, "lotte.agent", Set.of(), null)));

        assertThat(banned("cc-rotterdam", Channel.PHONE, null, "lotte.agent")).isTrue();
        assertThat(banned("cc-rotterdam", Channel.PHONE, null, "other.agent")).isFalse();
    }

    @Test
    void the_alternative_channel_stays_allowed() {
        index.apply(ban(new ContactBanTerms(ContactScope.ALL_CONTACT, null, null, null, Set.of(), Channel.WRITTEN)));

        assertThat(banned("cc-rotterdam", Channel.PHONE, null, null)).isTrue();
        assertThat(banned("cc-rotterdam", Channel.EMAIL, null, null)).isTrue();
        assertThat(banned("cc-rotterdam", Channel.WRITTEN, null, null)).isFalse();
    }

    @Test
    void a_contact_ban_closes_only_its_channels() {
        index.apply(ban(new ContactBanTerms(ContactScope.ALL_CONTACT, null, null, null, Set.of(Channel.PHONE), null)));

        assertThat(banned("cc-rotterdam", Channel.PHONE, null, null)).isTrue();
        assertThat(banned("cc-rotterdam", Channel.CHAT, null, null)).isFalse();
    }

    @Test
    void an_entry_ban_on_a_region_blocks_its_sites_only() {
        index.apply(ban(EntryBanTerms.region("north")));

        assertThat(banned("ams-centrum", Channel.IN_PERSON, null, null)).isTrue();
        assertThat(banned("utr-centraal", Channel.IN_PERSON, null, null)).isTrue();
        assertThat(banned("ein-centrum", Channel.IN_PERSON, null, null)).isFalse();
        assertThat(banned("ams-centrum", Channel.PHONE, null, null)).as("an entry ban is no contact ban").isFalse();
    }

    @Test
    void a_ban_applies_from_its_start_until_before_its_end() {
        BanEntry ban = new BanEntry(UUID.randomUUID(), 1, CUSTOMER.value(), MeasureType.ENTRY_BAN,
                EntryBanTerms.CHAIN_WIDE, NOW, NOW.plus(30, ChronoUnit.DAYS), true);
        index.apply(ban);

        assertThat(index.find(query("ams-centrum", Channel.IN_PERSON, null, null, NOW.minusNanos(1)))).isEmpty();
        assertThat(index.find(query("ams-centrum", Channel.IN_PERSON, null, null, NOW))).contains(ban);
        assertThat(index.find(query("ams-centrum", Channel.IN_PERSON, null, null, ban.until().minusNanos(1)))).contains(ban);
        assertThat(index.find(query("ams-centrum", Channel.IN_PERSON, null, null, ban.until()))).isEmpty();
    }

    @Test
    void an_older_change_does_not_overwrite_a_newer_one() {
        UUID id = UUID.randomUUID();
        BanEntry lifted = new BanEntry(id, 2, CUSTOMER.value(), MeasureType.ENTRY_BAN, EntryBanTerms.CHAIN_WIDE,
                NOW.minusSeconds(60), NOW.plus(30, ChronoUnit.DAYS), false);
        BanEntry approved = new BanEntry(id, 1, CUSTOMER.value(), MeasureType.ENTRY_BAN, EntryBanTerms.CHAIN_WIDE,
                NOW.minusSeconds(60), NOW.plus(30, ChronoUnit.DAYS), true);

        index.apply(approved);
        index.apply(lifted);
        assertThat(banned("ams-centrum", Channel.IN_PERSON, null, null)).isFalse();

        index.replaceSubject(CUSTOMER.value(), List.of(approved));
        assertThat(banned("ams-centrum", Channel.IN_PERSON, null, null)).as("the database's state is the truth")
                .isTrue();
        index.apply(approved);
        index.apply(new BanEntry(id, 0, CUSTOMER.value(), MeasureType.ENTRY_BAN, EntryBanTerms.CHAIN_WIDE,
                NOW, NOW, false));
        assertThat(banned("ams-centrum", Channel.IN_PERSON, null, null)).as("version 0 is older than 1").isTrue();
    }

    @Test
    void of_several_bans_the_longest_answers() {
        BanEntry shortBan = new BanEntry(UUID.randomUUID(), 1, CUSTOMER.value(), MeasureType.ENTRY_BAN,
                EntryBanTerms.CHAIN_WIDE, NOW.minusSeconds(60), NOW.plus(10, ChronoUnit.DAYS), true);
        BanEntry longBan = new BanEntry(UUID.randomUUID(), 1, CUSTOMER.value(), MeasureType.ENTRY_BAN,
                EntryBanTerms.sites(Set.of("ams-centrum")), NOW.minusSeconds(60), NOW.plus(90, ChronoUnit.DAYS), true);
        index.apply(shortBan);
        index.apply(longBan);

        assertThat(index.find(query("ams-centrum", Channel.IN_PERSON, null, null, NOW))).contains(longBan);
        assertThat(index.find(query("utr-centraal", Channel.IN_PERSON, null, null, NOW))).contains(shortBan);
    }

    private boolean banned(String site, Channel channel, String department, String employee) {
        return index.find(query(site, channel, department, employee, NOW)).isPresent();
    }

    private static BanQuery query(String site, Channel channel, String department, String employee, Instant at) {
        String region = site.equals("ein-centrum") || site.equals("cc-rotterdam") ? "south" : "north";
        return new BanQuery(CUSTOMER, site, region, channel, department, employee, at);
    }

    private static BanEntry ban(BanTerms terms) {
        MeasureType type = terms instanceof EntryBanTerms ? MeasureType.ENTRY_BAN : MeasureType.CONTACT_BAN;
        return new BanEntry(UUID.randomUUID(), 1, CUSTOMER.value(), type, terms, NOW.minus(1, ChronoUnit.DAYS),
                NOW.plus(30, ChronoUnit.DAYS), true);
    }
}
