package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.Playbook;

import java.util.List;
import java.util.Optional;

/** The chain's response playbooks, one per situation. */
public interface PlaybookStore {
    void save(Playbook playbook);

    Optional<Playbook> find(String situation);

    List<Playbook> all();
}
