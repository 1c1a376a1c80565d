/** What `act` alone prints: the commands most people need, and where the rest is. */
export const SHORT_USAGE = `Usage: act <command> [options] <spec...>

Common commands:
  act plot gelu relu -d         chart functions and derivatives in the terminal
  act plot gelu -o gelu.png     ... or as an image (.png .svg .pdf)
  act eval sigmoid -n 5         values as CSV
  act info gelu                 formula, ranges, kinks, notes
  act list                      the catalog

act help                  all commands and options
act help <command>        one command's options and examples
`;
