package spinsim.core.process;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import spinsim.core.state.Kind;

/**
 * The loops of {@link PrecessionKernels} with the incubating Vector API, four states at a time:
 * the components widened to doubles in 256-bit vectors, the same double operations in the same
 * order as the scalar loop (each correctly rounded, none fused), rounded back to floats, and
 * written only where the state is SPIN (a blend on the kinds instead of the scalar loop's branch,
 * which a random half-filled store mispredicts about every other state). So the stored floats are
 * bit for bit the scalar loop's, NaN payloads aside (a SPIN state with NaN components stays NaN
 * either way). The order of operations is the argument for that; a test of the floats cannot
 * see most reorderings, whose 1-ulp differences in double vanish in the rounding to float. Used
 * by field precession and by the exchange field ({@link PrecessionKernels#step}). Loaded only
 * where the module {@code jdk.incubator.vector} is present
 * ({@link spinsim.core.rule.BatchedKernels#vectorFillAvailable()}); both methods are large enough
 * that C2 compiles them on their own, so once compiled the API's operations are inlined below
 * them and do not run its allocating Java fallback (see {@code BatchedKernels.match}; before
 * compilation, and in short tests, the fallback runs and allocates).
 *
 * <p>Each method handles the states from {@code from} while at least 8 remain (the kinds are
 * read 8 bytes at a time) and returns where it stopped; the caller's scalar loop does the rest.
 */
final class VectorPrecession {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_128;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Byte> KINDS = ByteVector.SPECIES_64;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_128;
    private static final int STEP = 4;

    private VectorPrecession() {
    }

    /** {@link PrecessionKernels#precessAndDamp}'s loop over [from, to - 7]; returns the next state. */
    static int precessAndDamp(byte[] k, float[] x, float[] y, float[] z, int from, int to, double hx, double hy,
            double hz, double q2, double twoQ, double cosPhi, double sinPhi) {
        // written out in one method, every constant broadcast once: C2 stops inlining calls that
        // are not @ForceInline (the API's are) once the loop's node count passes
        // NodeCountInliningCutoff, and a helper left out that way boxes the vectors passed to it
        // (~380 bytes allocated per four states with a helper for the three stores)
        final DoubleVector one = DoubleVector.broadcast(D, 1.0);
        final DoubleVector minusOne = DoubleVector.broadcast(D, -1.0);
        final DoubleVector hxv = DoubleVector.broadcast(D, hx);
        final DoubleVector hyv = DoubleVector.broadcast(D, hy);
        final DoubleVector hzv = DoubleVector.broadcast(D, hz);
        final DoubleVector q2v = DoubleVector.broadcast(D, q2);
        final DoubleVector twoQv = DoubleVector.broadcast(D, twoQ);
        final DoubleVector cosv = DoubleVector.broadcast(D, cosPhi);
        final DoubleVector sinv = DoubleVector.broadcast(D, sinPhi);
        final IntVector spinCode = IntVector.broadcast(I, Kind.SPIN_CODE);
        int i = from;
        for (; i + 2 * STEP <= to; i += STEP) {
            final VectorMask<Integer> spin = ((IntVector) ByteVector.fromArray(KINDS, k, i)
                    .convertShape(VectorOperators.B2I, I, 0)).compare(VectorOperators.EQ, spinCode);
            final FloatVector xf = FloatVector.fromArray(F, x, i);
            final FloatVector yf = FloatVector.fromArray(F, y, i);
            final FloatVector zf = FloatVector.fromArray(F, z, i);
            DoubleVector sx = (DoubleVector) xf.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector sy = (DoubleVector) yf.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector sz = (DoubleVector) zf.convertShape(VectorOperators.F2D, D, 0);
            final DoubleVector inv = one.div(sx.mul(sx).add(sy.mul(sy)).add(sz.mul(sz))
                    .lanewise(VectorOperators.SQRT));
            sx = sx.mul(inv);
            sy = sy.mul(inv);
            sz = sz.mul(inv);
            DoubleVector c = sx.mul(hxv).add(sy.mul(hyv)).add(sz.mul(hzv));
            c = c.blend(one, c.compare(VectorOperators.GT, one))
                    .blend(minusOne, c.compare(VectorOperators.LT, minusOne));
            final DoubleVector px = sx.sub(c.mul(hxv));
            final DoubleVector py = sy.sub(c.mul(hyv));
            final DoubleVector pz = sz.sub(c.mul(hzv));
            final DoubleVector onePlus = one.add(c);
            final DoubleVector oneMinus = one.sub(c);
            final DoubleVector d = onePlus.add(oneMinus.mul(q2v));
            final DoubleVector c1 = onePlus.sub(oneMinus.mul(q2v)).div(d);
            final DoubleVector f = twoQv.div(d);
            final DoubleVector qx = pz.mul(hyv).sub(py.mul(hzv));
            final DoubleVector qy = px.mul(hzv).sub(pz.mul(hxv));
            final DoubleVector qz = py.mul(hxv).sub(px.mul(hyv));
            final DoubleVector fc = f.mul(cosv);
            final DoubleVector fs = f.mul(sinv);
            final FloatVector nx = (FloatVector) c1.mul(hxv).add(fc.mul(px)).add(fs.mul(qx))
                    .convertShape(VectorOperators.D2F, F, 0);
            xf.reinterpretAsInts().blend(nx.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(x, i);
            final FloatVector ny = (FloatVector) c1.mul(hyv).add(fc.mul(py)).add(fs.mul(qy))
                    .convertShape(VectorOperators.D2F, F, 0);
            yf.reinterpretAsInts().blend(ny.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(y, i);
            final FloatVector nz = (FloatVector) c1.mul(hzv).add(fc.mul(pz)).add(fs.mul(qz))
                    .convertShape(VectorOperators.D2F, F, 0);
            zf.reinterpretAsInts().blend(nz.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(z, i);
        }
        return i;
    }

    /** {@link PrecessionKernels#precess}'s loop over [from, to - 7]; returns the next state. */
    static int precess(byte[] k, float[] x, float[] y, float[] z, int from, int to, double hx, double hy, double hz,
            double cosPhi, double sinPhi) {
        final DoubleVector one = DoubleVector.broadcast(D, 1.0);
        final DoubleVector hxv = DoubleVector.broadcast(D, hx);
        final DoubleVector hyv = DoubleVector.broadcast(D, hy);
        final DoubleVector hzv = DoubleVector.broadcast(D, hz);
        final DoubleVector cosv = DoubleVector.broadcast(D, cosPhi);
        final DoubleVector sinv = DoubleVector.broadcast(D, sinPhi);
        final IntVector spinCode = IntVector.broadcast(I, Kind.SPIN_CODE);
        int i = from;
        for (; i + 2 * STEP <= to; i += STEP) {
            final VectorMask<Integer> spin = ((IntVector) ByteVector.fromArray(KINDS, k, i)
                    .convertShape(VectorOperators.B2I, I, 0)).compare(VectorOperators.EQ, spinCode);
            final FloatVector xf = FloatVector.fromArray(F, x, i);
            final FloatVector yf = FloatVector.fromArray(F, y, i);
            final FloatVector zf = FloatVector.fromArray(F, z, i);
            DoubleVector sx = (DoubleVector) xf.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector sy = (DoubleVector) yf.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector sz = (DoubleVector) zf.convertShape(VectorOperators.F2D, D, 0);
            final DoubleVector inv = one.div(sx.mul(sx).add(sy.mul(sy)).add(sz.mul(sz))
                    .lanewise(VectorOperators.SQRT));
            sx = sx.mul(inv);
            sy = sy.mul(inv);
            sz = sz.mul(inv);
            final DoubleVector c = sx.mul(hxv).add(sy.mul(hyv)).add(sz.mul(hzv));
            final DoubleVector px = sx.sub(c.mul(hxv));
            final DoubleVector py = sy.sub(c.mul(hyv));
            final DoubleVector pz = sz.sub(c.mul(hzv));
            final DoubleVector qx = pz.mul(hyv).sub(py.mul(hzv));
            final DoubleVector qy = px.mul(hzv).sub(pz.mul(hxv));
            final DoubleVector qz = py.mul(hxv).sub(px.mul(hyv));
            final FloatVector nx = (FloatVector) c.mul(hxv).add(px.mul(cosv)).add(qx.mul(sinv))
                    .convertShape(VectorOperators.D2F, F, 0);
            xf.reinterpretAsInts().blend(nx.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(x, i);
            final FloatVector ny = (FloatVector) c.mul(hyv).add(py.mul(cosv)).add(qy.mul(sinv))
                    .convertShape(VectorOperators.D2F, F, 0);
            yf.reinterpretAsInts().blend(ny.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(y, i);
            final FloatVector nz = (FloatVector) c.mul(hzv).add(pz.mul(cosv)).add(qz.mul(sinv))
                    .convertShape(VectorOperators.D2F, F, 0);
            zf.reinterpretAsInts().blend(nz.reinterpretAsInts(), spin).reinterpretAsFloats().intoArray(z, i);
        }
        return i;
    }
}
