# Sourced by the db/scale scripts: signing in through the application's form, as a browser does.
# Reads PASSWORD (default Demo@2026, the password of every generated account).

# sign_in URL USER JAR: signs USER in at URL and keeps the session in the cookie jar JAR (nothing to do if JAR has one).
sign_in() {
    local url=$1 user=$2 jar=$3 csrf
    [ -s "$jar" ] && return
    csrf=$(curl -s -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" \
        --data-urlencode "password=${PASSWORD:-Demo@2026}" --data-urlencode "_csrf=$csrf" "$url/login"
}

# session_cookie URL USER JAR: signs in as sign_in does and prints the session cookie, "JSESSIONID=...".
session_cookie() {
    sign_in "$@"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$3"
}
