package io.frontline.fixtureb;

/** Belongs to another "service". */
public class OtherServiceType {
}
