package spinsim.core.initial;

import java.util.SplittableRandom;
import spinsim.core.state.SphereSampling;

/**
 * One component of an initial SPIN population: how the directions of its spins are drawn.
 * Directions are unit vectors {x, y, z}.
 */
public sealed interface SpinComponent {
    /** Writes the directions of {@code count} spins into out[3*i .. 3*i+2], i < count. */
    void sample(int count, SplittableRandom rng, double[] out);

    /**
     * Writes directions {@code first .. first + count - 1} of a component of {@code total} spins,
     * exactly what {@code sample(total, ...)} would write there when the ranges are drawn in order
     * with the same generator (so a large component can be drawn in chunks). The default suits
     * components whose spins are drawn one after another independently of the total.
     */
    default void sample(long first, int count, long total, SplittableRandom rng, double[] out) {
        sample(count, rng, out);
    }

    /** A short description for reports. */
    String describe();

    /** Uniform on the sphere (a TIS population). */
    record Isotropic() implements SpinComponent {
        @Override
        public void sample(int count, SplittableRandom rng, double[] out) {
            for (int i = 0; i < count; i++) {
                double[] d = SphereSampling.uniform(rng);
                out[3 * i] = d[0];
                out[3 * i + 1] = d[1];
                out[3 * i + 2] = d[2];
            }
        }

        @Override
        public String describe() {
            return "isotropic";
        }
    }

    /** All spins along one direction (a TIA population). */
    record Fixed(double[] direction) implements SpinComponent {
        public Fixed {
            direction = unit(direction);
        }

        @Override
        public void sample(int count, SplittableRandom rng, double[] out) {
            for (int i = 0; i < count; i++) {
                System.arraycopy(direction, 0, out, 3 * i, 3);
            }
        }

        @Override
        public String describe() {
            return "fixed " + fmt(direction);
        }
    }

    /** Uniform on the spherical cap of half-angle {@code halfAngleRad} about {@code direction}. */
    record Cone(double[] direction, double halfAngleRad) implements SpinComponent {
        public Cone {
            direction = unit(direction);
            if (!(halfAngleRad >= 0 && halfAngleRad <= Math.PI)) {
                throw new IllegalArgumentException("cone half angle must be in [0, 180] deg");
            }
        }

        @Override
        public void sample(int count, SplittableRandom rng, double[] out) {
            double[][] basis = basis(direction);
            double cMin = Math.cos(halfAngleRad);
            for (int i = 0; i < count; i++) {
                double c = 1.0 - rng.nextDouble() * (1.0 - cMin);
                double s = Math.sqrt(Math.max(0, 1 - c * c));
                double az = 2 * Math.PI * rng.nextDouble();
                double a = s * Math.cos(az);
                double b = s * Math.sin(az);
                for (int d = 0; d < 3; d++) {
                    out[3 * i + d] = a * basis[0][d] + b * basis[1][d] + c * direction[d];
                }
            }
        }

        @Override
        public String describe() {
            return "cone " + Math.toDegrees(halfAngleRad) + " deg about " + fmt(direction);
        }
    }

    /**
     * The classical two-band picture: a fraction {@code upFraction} of the spins along +axis and the
     * rest along -axis (exact counts, rounded to nearest).
     */
    record UpDown(double[] axis, double upFraction) implements SpinComponent {
        public UpDown {
            axis = unit(axis);
            if (!(upFraction >= 0 && upFraction <= 1)) {
                throw new IllegalArgumentException("up fraction must be in [0, 1]");
            }
        }

        @Override
        public void sample(int count, SplittableRandom rng, double[] out) {
            sample(0, count, count, rng, out);
        }

        @Override
        public void sample(long first, int count, long total, SplittableRandom rng, double[] out) {
            long up = Math.round(upFraction * total);
            for (int i = 0; i < count; i++) {
                double sign = first + i < up ? 1 : -1;
                for (int d = 0; d < 3; d++) {
                    out[3 * i + d] = sign * axis[d];
                }
            }
        }

        @Override
        public String describe() {
            return "up/down along " + fmt(axis) + ", up fraction " + upFraction;
        }
    }

    static double[] unit(double[] v) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException("a direction needs 3 components");
        }
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("a direction must be a finite non-zero vector");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    /** Two unit vectors completing d to a right-handed orthonormal basis. */
    static double[][] basis(double[] d) {
        double[] t = Math.abs(d[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = unit(new double[] {
            t[1] * d[2] - t[2] * d[1], t[2] * d[0] - t[0] * d[2], t[0] * d[1] - t[1] * d[0]});
        double[] e2 = {d[1] * e1[2] - d[2] * e1[1], d[2] * e1[0] - d[0] * e1[2], d[0] * e1[1] - d[1] * e1[0]};
        return new double[][] {e1, e2};
    }

    static String fmt(double[] v) {
        return String.format(java.util.Locale.ROOT, "(%.4g, %.4g, %.4g)", v[0], v[1], v[2]);
    }
}
