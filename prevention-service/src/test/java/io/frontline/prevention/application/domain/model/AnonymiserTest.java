package io.frontline.prevention.application.domain.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymiserTest {
    private final Anonymiser anonymiser = new Anonymiser(List.of(
            new Employee("emma.staff", "Emma de Vries", Set.of("staff"), Set.of("ams-centrum")),
            new Employee("ada.admin", "Ada Admin", Set.of("admin"), Set.of())));

    @Test
    void aLessonKeepsItsWordsButLosesEveryoneWhoCouldBeRecognised() {
        assertThat(anonymiser.anonymise("emma de vries and EMMA called 0031 6 12345678 and 06-12345678 on 2026-12-15 "
                + "about CMP-2026-000123; Ada wrote to ada.admin@demo.example; sk1_abc-DEF_123 came back"))
                .isEqualTo("[name] and [name] called [contact] and [contact] on 2026-12-15 about [case]; [name] wrote "
                        + "to [contact]; [customer] came back");
    }

    @Test
    void wordsThatOnlyContainANameStay() {
        assertThat(anonymiser.anonymise("Emmanuel and the adamant desk")).isEqualTo("Emmanuel and the adamant desk");
    }
}
