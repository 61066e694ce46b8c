package spinsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import spinsim.core.initial.SpinComponent;

/**
 * The paper's Eq. 6 / A1.1 / A1.7 computed from an initial SPIN distribution: the polar-angle density
 * p_spin(theta) about a unit axis (the paper's z axis, the TIA axis), integrated numerically.
 *
 * <p>Continuous parts (isotropic, cones) are integrated by composite Gauss-Legendre quadrature on
 * sub-intervals split at the kinks of the density; delta parts (fixed directions, up/down) are point
 * masses and enter exactly. Nothing here reads a printed number: the references are integrals of
 * the distribution the run actually starts from.
 *
 * <p>For a cone of half-angle a about direction d at angle beta to the axis, the density of the
 * polar angle is p(theta) = sin(theta) L(theta) / (2 pi (1 - cos a)), where L(theta) is the length of
 * the azimuth circle at theta that lies inside the cap: cos(theta) cos(beta) + sin(theta) sin(beta)
 * cos(psi) >= cos(a).
 */
public final class Eq6Reference {
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();
    private static final int PANELS = 256;
    private static final int NODES = 10;

    /** A point mass of weight {@code weight} at polar angle {@code theta}. */
    public record Atom(double theta, double weight) {
    }

    private record Continuous(double weight, SpinComponent component, double beta) {
    }

    private final List<Atom> atoms = new ArrayList<>();
    private final List<Continuous> continuous = new ArrayList<>();
    private final TreeSet<Double> breaks = new TreeSet<>();

    private Eq6Reference() {
        breaks.add(0.0);
        breaks.add(Math.PI);
    }

    /**
     * The distribution of a mixture: {@code weights[i]} (any positive scale, e.g. exact counts) of
     * {@code components[i]}, polar angles measured from the unit {@code axis}.
     */
    public static Eq6Reference of(List<SpinComponent> components, double[] weights, double[] axis) {
        if (components.size() != weights.length || components.isEmpty()) {
            throw new IllegalArgumentException("need one weight per component");
        }
        double[] n = unit(axis);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        Eq6Reference r = new Eq6Reference();
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i] / total;
            if (w > 0) {
                r.add(components.get(i), w, n);
            }
        }
        return r;
    }

    /** A single component about the axis. */
    public static Eq6Reference of(SpinComponent c, double[] axis) {
        return of(List.of(c), new double[] {1}, axis);
    }

    private void add(SpinComponent c, double w, double[] n) {
        if (c instanceof SpinComponent.Isotropic) {
            continuous.add(new Continuous(w, c, 0));
        } else if (c instanceof SpinComponent.Fixed f) {
            atoms.add(new Atom(angle(f.direction(), n), w));
        } else if (c instanceof SpinComponent.UpDown u) {
            double beta = angle(u.axis(), n);
            atoms.add(new Atom(beta, w * u.upFraction()));
            atoms.add(new Atom(Math.PI - beta, w * (1 - u.upFraction())));
        } else if (c instanceof SpinComponent.Cone cone) {
            double beta = angle(cone.direction(), n);
            double a = cone.halfAngleRad();
            if (a == 0) {
                atoms.add(new Atom(beta, w));
                return;
            }
            continuous.add(new Continuous(w, c, beta));
            for (double b : new double[] {Math.abs(beta - a), beta + a, 2 * Math.PI - beta - a, a - beta}) {
                if (b > 0 && b < Math.PI) {
                    breaks.add(b);
                }
            }
        } else {
            throw new IllegalArgumentException("no p_spin(theta) for " + c.describe());
        }
    }

    /** The continuous part of p_spin(theta) (the delta parts are {@link #atoms()}). */
    public double density(double theta) {
        double p = 0;
        double st = Math.sin(theta);
        double ct = Math.cos(theta);
        for (Continuous c : continuous) {
            if (c.component() instanceof SpinComponent.Isotropic) {
                p += c.weight() * 0.5 * st;
            } else {
                SpinComponent.Cone cone = (SpinComponent.Cone) c.component();
                double a = cone.halfAngleRad();
                double ca = Math.cos(a);
                double sb = Math.sin(c.beta());
                double cb = Math.cos(c.beta());
                double len;
                if (st * sb < 1e-300) {
                    len = ct * cb >= ca ? 2 * Math.PI : 0;
                } else {
                    double x = (ca - ct * cb) / (st * sb);
                    len = x <= -1 ? 2 * Math.PI : x >= 1 ? 0 : 2 * Math.acos(x);
                }
                p += c.weight() * st * len / (2 * Math.PI * (1 - ca));
            }
        }
        return p;
    }

    public List<Atom> atoms() {
        return List.copyOf(atoms);
    }

    /** Integral over theta in [0, pi] of p_spin(theta) f(theta), delta parts included exactly. */
    public double integrate(DoubleUnaryOperator f) {
        double sum = 0;
        for (Atom a : atoms) {
            sum += a.weight() * f.applyAsDouble(a.theta());
        }
        if (!continuous.isEmpty()) {
            Double[] b = breaks.toArray(new Double[0]);
            for (int i = 0; i + 1 < b.length; i++) {
                double lo = b[i];
                double hi = b[i + 1];
                double h = (hi - lo) / PANELS;
                for (int k = 0; k < PANELS; k++) {
                    GaussIntegrator g = FACTORY.legendre(NODES, lo + k * h, lo + (k + 1) * h);
                    sum += g.integrate(t -> density(t) * f.applyAsDouble(t));
                }
            }
        }
        return sum;
    }

    /** Integral of p_spin: 1 for a normalised distribution (a check of the integrator). */
    public double normalization() {
        return integrate(t -> 1.0);
    }

    /** Integral of p_spin(theta) cos(theta) = p_up - p_down (A1.1): Eq. 6 without the printed factor 2. */
    public double meanCos() {
        return integrate(Math::cos);
    }

    /** Eq. 6 / A1.7 as printed: p_TIA = 2 * integral p_spin(theta) cos(theta) d theta. */
    public double pTiaPrinted() {
        return 2 * meanCos();
    }

    /** Eq. 7 / A1.8 as printed: p_TIS = 1 - 2 * integral p_spin cos. */
    public double pTisPrinted() {
        return 1 - pTiaPrinted();
    }

    /** p_up of Eq. A1.1: integral of p_spin(theta) cos^2(theta/2). */
    public double pUp() {
        return integrate(t -> Math.cos(t / 2) * Math.cos(t / 2));
    }

    /** p_down of Eq. A1.1: integral of p_spin(theta) sin^2(theta/2). */
    public double pDown() {
        return integrate(t -> Math.sin(t / 2) * Math.sin(t / 2));
    }

    /** Mean of cos^2(theta): the expected {@code <s_z^2>} of the distribution about the axis. */
    public double meanCos2() {
        return integrate(t -> Math.cos(t) * Math.cos(t));
    }

    static double angle(double[] d, double[] n) {
        double[] u = unit(d);
        double c = u[0] * n[0] + u[1] * n[1] + u[2] * n[2];
        return Math.acos(Math.max(-1, Math.min(1, c)));
    }

    static double[] unit(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(n > 0)) {
            throw new IllegalArgumentException("zero axis");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
