// Run by the maven-invoker-plugin after `mvn verify` of this example (see maven/alliance-maven-plugin):
// the build passed, the goals ran, and their outputs are in target/alliance.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/alliance')
assert log.contains('alliance-maven-plugin') && log.contains(':validate (plans)')
assert log.contains(':generate (plans)') && log.contains(':coverage (plans)')
assert out.isDirectory() : 'target/alliance missing'
def generated = []
out.eachFileRecurse { if (it.isFile()) generated << it.name }
println "generated: ${generated.sort()}"
assert generated.any { it.startsWith('RearAreaSupport') } : "no output for the plan RearAreaSupport in ${generated}"
def coverage = new File(out, 'coverage.txt')
assert coverage.isFile() && coverage.length() > 0 : 'coverage.txt missing or empty'
assert coverage.text.contains('V.2(2)b') : 'coverage does not mention the implemented clause V.2(2)b'
assert new File(basedir, 'target/alliance-stamps/validate.sha256').isFile() : 'no stamp after validate'
return true
