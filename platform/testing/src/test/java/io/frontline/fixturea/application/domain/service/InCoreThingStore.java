package io.frontline.fixturea.application.domain.service;

import io.frontline.fixturea.application.port.out.ThingStore;

/** Violates: the core fulfils its own outgoing port. */
public class InCoreThingStore implements ThingStore {
    @Override
    public void store(String thing) {
    }
}
