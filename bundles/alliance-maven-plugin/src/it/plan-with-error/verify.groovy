// The build failed in alliance:validate, naming the rule, its clause and the file; nothing was generated.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /strike\.alliance:\d+:\d+: error: \[PREMISE-DEFENSIVE\]/ : 'the diagnostic with the rule ID is not in the log'
assert log.contains('alliance:validate: the plans in')
assert !new File(basedir, 'target/alliance').exists() : 'generate must not run after a failed validate'
assert !new File(basedir, 'target/alliance-stamps/validate.sha256').exists() : 'a failed run must not be stamped'
return true
