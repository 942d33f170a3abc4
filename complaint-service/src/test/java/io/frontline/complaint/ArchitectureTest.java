package io.frontline.complaint;

import io.frontline.platform.testing.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("io.frontline.complaint");
    }
}
