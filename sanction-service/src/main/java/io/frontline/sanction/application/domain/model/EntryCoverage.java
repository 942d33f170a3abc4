package io.frontline.sanction.application.domain.model;

/** Where an entry ban applies: chosen sites, every site of a region, or the whole chain. */
public enum EntryCoverage {
    SITES, REGION, CHAIN
}
