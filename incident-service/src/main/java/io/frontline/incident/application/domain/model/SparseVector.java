package io.frontline.incident.application.domain.model;

import java.util.Arrays;

/** A feature vector of live detection's classifier: the hashed feature indices in ascending order, with their values. */
public record SparseVector(int[] indices, double[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("a sparse vector needs a value per index");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("the indices of a sparse vector ascend");
            }
        }
    }

    public int size() {
        return indices.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(indices);
    }
}
