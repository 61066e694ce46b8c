package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spinsim.core.initial.SpinComponent;

/** The Eq. 6 integrator against closed forms. */
class Eq6ReferenceTest {
    private static final double[] Z = {0, 0, 1};
    private static final double TOL = 1e-7;

    @ParameterizedTest
    @ValueSource(doubles = {1, 10, 45, 60, 90, 120, 150, 179, 180})
    void coneAboutTheAxisHasMeanCosOnePlusCosAOverTwo(double deg) {
        double a = Math.toRadians(deg);
        Eq6Reference r = Eq6Reference.of(new SpinComponent.Cone(Z, a), Z);
        assertEquals(1.0, r.normalization(), TOL);
        assertEquals((1 + Math.cos(a)) / 2, r.meanCos(), TOL);
        assertEquals(1 + Math.cos(a), r.pTiaPrinted(), 2 * TOL);
        assertEquals(r.meanCos(), r.pUp() - r.pDown(), TOL);
        assertEquals(1.0, r.pUp() + r.pDown(), TOL);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 20, 30, 70, 100, 150, 180})
    void tiltedConeHasMeanCosCosBetaTimesOnePlusCosAOverTwo(double betaDeg) {
        double b = Math.toRadians(betaDeg);
        double a = Math.toRadians(40);
        double[] d = {Math.sin(b), 0, Math.cos(b)};
        Eq6Reference r = Eq6Reference.of(new SpinComponent.Cone(d, a), Z);
        assertEquals(1.0, r.normalization(), 1e-6);
        assertEquals(Math.cos(b) * (1 + Math.cos(a)) / 2, r.meanCos(), 1e-6);
    }

    @Test
    void isotropicIsZeroAndFixedIsOne() {
        assertEquals(0.0, Eq6Reference.of(new SpinComponent.Isotropic(), Z).meanCos(), TOL);
        assertEquals(1.0, Eq6Reference.of(new SpinComponent.Isotropic(), Z).normalization(), TOL);
        assertEquals(1.0 / 3, Eq6Reference.of(new SpinComponent.Isotropic(), Z).meanCos2(), TOL);
        Eq6Reference fixed = Eq6Reference.of(new SpinComponent.Fixed(Z), Z);
        assertEquals(1.0, fixed.meanCos(), 0);
        assertEquals(2.0, fixed.pTiaPrinted(), 0, "the printed Eq. 6 gives 2 for a fully polarised gas");
        assertEquals(1.0, fixed.pUp(), 1e-15);
        assertEquals(0.0, fixed.pDown(), 1e-15);
        double t = Math.toRadians(70);
        assertEquals(Math.cos(t), Eq6Reference.of(new SpinComponent.Fixed(new double[] {Math.sin(t), 0, Math.cos(t)}), Z)
                .meanCos(), 1e-12);
    }

    @Test
    void upDownGivesTwoFMinusOne() {
        assertEquals(2 * 0.8 - 1, Eq6Reference.of(new SpinComponent.UpDown(Z, 0.8), Z).meanCos(), 1e-12);
        assertEquals(1.0, Eq6Reference.of(new SpinComponent.UpDown(Z, 0.8), Z).meanCos2(), 1e-12);
    }

    @Test
    void mixturesAreWeightedByCounts() {
        // the V4 start: a 60 deg cone and an isotropic part, 1:1 -> 0.5 * 3/4
        Eq6Reference r = Eq6Reference.of(List.of(new SpinComponent.Cone(Z, Math.toRadians(60)),
                new SpinComponent.Isotropic()), new double[] {250, 250}, Z);
        assertEquals(0.375, r.meanCos(), TOL);
        assertEquals(0.75, r.pTiaPrinted(), 2 * TOL);
        // the V5 start: 1/3 fixed + 2/3 isotropic
        Eq6Reference v5 = Eq6Reference.of(List.of(new SpinComponent.Fixed(Z), new SpinComponent.Isotropic()),
                new double[] {1, 2}, Z);
        assertEquals(1.0 / 3, v5.meanCos(), TOL);
        assertEquals(1.0, v5.normalization(), TOL);
    }
}
