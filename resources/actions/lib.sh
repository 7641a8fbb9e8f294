# shellcheck shell=sh
# Hoshu action prelude (POSIX sh). ActionExpander puts it between the assignments
# (context variables, hoshu_lang, hoshu_plan, the parameters) and the action's script.
# See README.md, "Plan mode": everything that changes the server goes through
# hoshu_step; read-only commands run directly.
#
#   hoshu_say EN JA        one line in the user's language, on stdout
#   hoshu_warn EN JA       the same on stderr
#   hoshu_fail EN JA       hoshu_warn, then exit 1
#   hoshu_step CMD [ARG]…  a changing command: plan mode prints "+ CMD ARG…" and runs
#                          nothing; run mode prints "==> CMD ARG…", runs it, returns its status
#   hoshu_end_of_plan      plan mode: exit 0 here (the verify part after it is not run)
#   hoshu_quote ARG…       the words as shell words, separated by spaces, no newline
#
# The expander always sets hoshu_lang and hoshu_plan; the defaults are for running
# this file on its own (tests, a shell by hand).
: "${hoshu_lang:=en}" "${hoshu_plan:=0}"

hoshu_say() {
  if [ "$hoshu_lang" = ja ]; then
    printf '%s\n' "$2"
  else
    printf '%s\n' "$1"
  fi
}

hoshu_warn() {
  hoshu_say "$@" >&2
}

hoshu_fail() {
  hoshu_warn "$@"
  exit 1
}

# hoshu_quote ARG…: the words as shell words separated by spaces, without a newline.
# Words of plain characters stay bare; anything else is single-quoted ('\'' for a
# quote). A word with a control character (a newline, say) is written as $'…' with
# escapes, so a plan line stays one line.
hoshu_quote() {
  _hoshu_q_sep=
  for _hoshu_q_word in "$@"; do
    printf '%s' "$_hoshu_q_sep"
    _hoshu_q_sep=' '
    case $_hoshu_q_word in
      '')
        printf "''"
        ;;
      *[[:cntrl:]]*)
        _hoshu_q_rest=$_hoshu_q_word
        printf "\$'"
        while [ -n "$_hoshu_q_rest" ]; do
          _hoshu_q_c=${_hoshu_q_rest%"${_hoshu_q_rest#?}"}
          _hoshu_q_rest=${_hoshu_q_rest#?}
          case $_hoshu_q_c in
            \\ | \') printf '\\%s' "$_hoshu_q_c" ;;
            [[:cntrl:]]) printf '\\%03o' "'$_hoshu_q_c" ;;
            *) printf '%s' "$_hoshu_q_c" ;;
          esac
        done
        printf "'"
        ;;
      *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-]*)
        _hoshu_q_rest=$_hoshu_q_word
        printf "'"
        while :; do
          case $_hoshu_q_rest in
            *\'*)
              printf "%s'\\\\''" "${_hoshu_q_rest%%\'*}"
              _hoshu_q_rest=${_hoshu_q_rest#*\'}
              ;;
            *)
              printf '%s' "$_hoshu_q_rest"
              break
              ;;
          esac
        done
        printf "'"
        ;;
      *)
        printf '%s' "$_hoshu_q_word"
        ;;
    esac
  done
}

hoshu_step() {
  if [ "$hoshu_plan" = 1 ]; then
    printf '+ '
    hoshu_quote "$@"
    printf '\n'
    return 0
  fi
  printf '==> '
  hoshu_quote "$@"
  printf '\n'
  "$@"
}

hoshu_end_of_plan() {
  if [ "$hoshu_plan" = 1 ]; then
    exit 0
  fi
}
