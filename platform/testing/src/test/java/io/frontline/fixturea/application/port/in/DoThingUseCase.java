package io.frontline.fixturea.application.port.in;

/** An incoming port of the fixture. */
public interface DoThingUseCase {
    void doThing(String thing);
}
