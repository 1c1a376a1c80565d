"""What the fixture scripts (make_offgrid.py, make_roots.py, make_scaled_tails.py) share: the exact
definitions of ../shared/reference/make_reference.py, loaded from its path, and quick_gelu, which
act has and that file does not."""
import importlib.util


def load_reference(path):
    """make_reference.py as a module (its FUNCS, VARIANTS, rows_for, fmt, sig, mp)."""
    spec = importlib.util.spec_from_file_location("make_reference", path)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    return ref


QUICK_GELU_BETA = 1.702  # as the double act computes with


def quick_gelu_row(ref, x):
    """A fixture row for quick_gelu = x·σ(1.702x) at the double x: (function, params, x, y, dy)."""
    mp = ref.mp
    b, xm = mp.mpf(QUICK_GELU_BETA), mp.mpf(x)
    s = ref.sig(b * xm)
    return ("quick_gelu", "", repr(x), ref.fmt(xm * s), ref.fmt(s + b * xm * s * ref.sig(-b * xm)))
