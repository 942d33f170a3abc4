package io.frontline.fixturea.application.port.out;

/** An outgoing port of the fixture. */
public interface ThingStore {
    void store(String thing);
}
