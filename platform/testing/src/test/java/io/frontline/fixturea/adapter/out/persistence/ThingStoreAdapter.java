package io.frontline.fixturea.adapter.out.persistence;

import io.frontline.fixturea.application.port.out.ThingStore;

/** Allowed: an outgoing adapter implements the outgoing port, package-private. */
class ThingStoreAdapter implements ThingStore {
    @Override
    public void store(String thing) {
    }
}
