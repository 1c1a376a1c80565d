"""numpy/scipy versions of act's catalog, written as a numpy user would, timed with the same
loop as bench/harness.mjs (warm-up, then the median of many calls) on the same grid.

Usage: python3 numpy_kernels.py POINTS [--quick] < params.json   ({name: {param: value}})
Prints one JSON object {name: {"f": ns, "df": ns}} in ns per point."""
import json
import sys
import time

import numpy as np
from scipy.special import erf, expit, log_expit, log_softmax, softmax

SQRT2 = np.sqrt(2.0)
INV_SQRT_2PI = 1.0 / np.sqrt(2.0 * np.pi)
C = np.sqrt(2.0 / np.pi)
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805


def sparsemax(x):
    z = np.sort(x)[::-1]
    cs = np.cumsum(z)
    k = np.arange(1, x.size + 1)
    support = 1 + k * z > cs
    kz = k[support][-1]
    tau = (cs[kz - 1] - 1) / kz
    return np.maximum(x - tau, 0), tau, kz


def sparsemax_diag(x):
    _, tau, kz = sparsemax(x)
    return np.where(x > tau, 1 - 1 / kz, 0.0)


def gelu_tanh(x):
    return 0.5 * x * (1 + np.tanh(C * (x + 0.044715 * x**3)))


def gelu_tanh_d(x):
    t = np.tanh(C * (x + 0.044715 * x**3))
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * C * (1 + 3 * 0.044715 * x * x)


def swish(beta):
    return lambda x: x * expit(beta * x)


def swish_d(beta):
    def d(x):
        s = expit(beta * x)
        return s + beta * x * s * (1 - s)
    return d


def mish_d(x):
    t = np.tanh(np.logaddexp(0, x))
    return t + x * (1 - t * t) * expit(x)


def kernels(p):
    a = lambda name, key: p.get(name, {}).get(key)
    return {
        'sigmoid': (expit, lambda x: expit(x) * (1 - expit(x))),
        'tanh': (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
        'relu': (lambda x: np.maximum(x, 0), lambda x: (x > 0).astype(float)),
        'leaky_relu': (lambda x: np.where(x > 0, x, a('leaky_relu', 'alpha') * x), lambda x: np.where(x > 0, 1.0, a('leaky_relu', 'alpha'))),
        'prelu': (lambda x: np.where(x > 0, x, a('prelu', 'alpha') * x), lambda x: np.where(x > 0, 1.0, a('prelu', 'alpha'))),
        'elu': (lambda x: np.where(x > 0, x, a('elu', 'alpha') * np.expm1(x)), lambda x: np.where(x > 0, 1.0, a('elu', 'alpha') * np.exp(x))),
        'softmax': (softmax, lambda x: softmax(x) * (1 - softmax(x))),
        'swish': (swish(a('swish', 'beta')), swish_d(a('swish', 'beta'))),
        'gelu': (lambda x: 0.5 * x * (1 + erf(x / SQRT2)), lambda x: 0.5 * (1 + erf(x / SQRT2)) + x * np.exp(-0.5 * x * x) * INV_SQRT_2PI),
        'gelu_tanh': (gelu_tanh, gelu_tanh_d),
        'quick_gelu': (swish(1.702), swish_d(1.702)),
        'identity': (lambda x: x.copy(), np.ones_like),
        'binary_step': (lambda x: np.heaviside(x, 1.0), np.zeros_like),
        'selu': (lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)), lambda x: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(x))),
        'celu': (lambda x: np.where(x > 0, x, a('celu', 'alpha') * np.expm1(x / a('celu', 'alpha'))), lambda x: np.where(x > 0, 1.0, np.exp(x / a('celu', 'alpha')))),
        'rrelu': (lambda x: np.where(x > 0, x, (a('rrelu', 'lower') + a('rrelu', 'upper')) / 2 * x), lambda x: np.where(x > 0, 1.0, (a('rrelu', 'lower') + a('rrelu', 'upper')) / 2)),
        'softplus': (lambda x: np.logaddexp(0, a('softplus', 'beta') * x) / a('softplus', 'beta'), lambda x: expit(a('softplus', 'beta') * x)),
        'mish': (lambda x: x * np.tanh(np.logaddexp(0, x)), mish_d),
        'softsign': (lambda x: x / (1 + np.abs(x)), lambda x: 1 / (1 + np.abs(x)) ** 2),
        'logsigmoid': (log_expit, lambda x: expit(-x)),
        'tanhshrink': (lambda x: x - np.tanh(x), lambda x: np.tanh(x) ** 2),
        'hardtanh': (lambda x: np.clip(x, a('hardtanh', 'min'), a('hardtanh', 'max')), lambda x: ((x > a('hardtanh', 'min')) & (x < a('hardtanh', 'max'))).astype(float)),
        'relu6': (lambda x: np.clip(x, 0, 6), lambda x: ((x > 0) & (x < 6)).astype(float)),
        'hardsigmoid': (lambda x: np.clip(x / 6 + 0.5, 0, 1), lambda x: np.where(np.abs(x) < 3, 1 / 6, 0.0)),
        'hardswish': (lambda x: x * np.clip(x + 3, 0, 6) / 6, lambda x: np.where(x < -3, 0.0, np.where(x > 3, 1.0, (2 * x + 3) / 6))),
        'softshrink': (lambda x: np.where(x > a('softshrink', 'lambda'), x - a('softshrink', 'lambda'), np.where(x < -a('softshrink', 'lambda'), x + a('softshrink', 'lambda'), 0.0)), lambda x: (np.abs(x) > a('softshrink', 'lambda')).astype(float)),
        'hardshrink': (lambda x: np.where(np.abs(x) > a('hardshrink', 'lambda'), x, 0.0), lambda x: (np.abs(x) > a('hardshrink', 'lambda')).astype(float)),
        'threshold': (lambda x: np.where(x > a('threshold', 'threshold'), x, a('threshold', 'value')), lambda x: (x > a('threshold', 'threshold')).astype(float)),
        'squareplus': (lambda x: (x + np.sqrt(x * x + a('squareplus', 'b'))) / 2, lambda x: (1 + x / np.sqrt(x * x + a('squareplus', 'b'))) / 2),
        'sparse_plus': (lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, x, (x + 1) ** 2 / 4)), lambda x: np.clip((x + 1) / 2, 0, 1)),
        'sparse_sigmoid': (lambda x: np.clip((x + 1) / 2, 0, 1), lambda x: np.where(np.abs(x) < 1, 0.5, 0.0)),
        'bent_identity': (lambda x: (np.sqrt(x * x + 1) - 1) / 2 + x, lambda x: x / (2 * np.sqrt(x * x + 1)) + 1),
        'gaussian': (lambda x: np.exp(-x * x), lambda x: -2 * x * np.exp(-x * x)),
        'relu2': (lambda x: np.maximum(x, 0) ** 2, lambda x: 2 * np.maximum(x, 0)),
        'exponential': (np.exp, np.exp),
        'log_softmax': (log_softmax, lambda x: 1 - softmax(x)),
        'softmin': (lambda x: softmax(-x), lambda x: -softmax(-x) * (1 - softmax(-x))),
        'sparsemax': (lambda x: sparsemax(x)[0], sparsemax_diag),
    }


def measure(run, points, warmup_ms=150, warmup_calls=20, sample_ms=300, samples=25):
    now = time.perf_counter_ns
    warm_end = now() + warmup_ms * 1e6
    i = 0
    while i < warmup_calls or now() < warm_end:
        run()
        i += 1
    times = []
    end = now() + sample_ms * 1e6
    while len(times) < samples or now() < end:
        t0 = now()
        run()
        times.append((now() - t0) / points)
    times.sort()
    return times[len(times) // 2]


def main():
    points = int(sys.argv[1])
    quick = '--quick' in sys.argv
    opts = dict(warmup_ms=50, sample_ms=60, samples=10) if quick else {}
    params = json.load(sys.stdin)
    x = np.linspace(-10, 10, points)
    result = {}
    for name, (f, df) in kernels(params).items():
        result[name] = {'f': measure(lambda: f(x), points, **opts), 'df': measure(lambda: df(x), points, **opts)}
    print(json.dumps(result))


if __name__ == '__main__':
    main()
