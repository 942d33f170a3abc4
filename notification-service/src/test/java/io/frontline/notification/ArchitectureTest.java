package io.frontline.notification;

import io.frontline.platform.testing.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("io.frontline.notification");
    }
}
