package io.frontline.prevention;

import io.frontline.platform.testing.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("io.frontline.prevention");
    }
}
