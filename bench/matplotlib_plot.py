"""The matplotlib job: GELU on [-5, 5] as a PNG, the way the matplotlib tutorial draws a line.
Usage: matplotlib_plot.py OUT.png"""
import sys

import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import erf

x = np.linspace(-5, 5, 1000)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.plot(x, x * 0.5 * (1 + erf(x / np.sqrt(2))), label='gelu')
ax.set_xlabel('x')
ax.set_title('gelu')
ax.grid(True)
ax.legend()
fig.savefig(sys.argv[1], dpi=100)
