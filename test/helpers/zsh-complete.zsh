#!/usr/bin/env zsh -f
# Prints what zsh's completion offers for a command line: zsh-complete.zsh DIR "act plot --format "
# (DIR holds the _act function). An interactive zsh runs in a pseudo-terminal (zpty); compadd is
# wrapped to print each match, between two marker lines that mark where the completion's output is.
# After zsh-capture-completion by Valodim (MIT).
zmodload zsh/zpty || { echo 'zsh/zpty is missing' >&2; exit 1 }
fpath_dir=$1
line=$2
zpty z zsh -f -i
zpty -w z "PROMPT=''"
zpty -w z "fpath=($fpath_dir \$fpath); autoload -U compinit; compinit -u -d $fpath_dir/.zcompdump"
zpty -w z "bindkey '^I' complete-word"
zpty -w z "null-line () { echo -E - '@@act''mark@@' }"
zpty -w z 'compprefuncs=( null-line )'
zpty -w z 'comppostfuncs=( null-line exit )'
zpty -w z "zstyle ':completion:*' list-grouped false"
zpty -w z "zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  [[ -n $__hits ]] || return
  local h
  for h in $__hits; do echo -E - "MATCH:$h"; done
}'
zpty -w z "$line"$'\t'
integer tog=0
while zpty -r z chunk; do print -rn -- "$chunk"; done | while IFS= read -r out; do
  if [[ $out == *@@actmark@@* ]]; then (( tog++ )) && exit 0 || continue; fi
  (( tog )) && [[ $out == MATCH:* ]] && print -r -- "${${out#MATCH:}%$'\r'}"
done
