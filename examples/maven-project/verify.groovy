// Run by the maven-invoker-plugin after `mvn verify` of this example (see bundles/alliance-maven-plugin/pom.xml):
// the build passed, the three goals ran, and their outputs are in target/alliance.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/alliance')
assert log.contains('BUILD SUCCESS')
['validate', 'generate', 'coverage'].each { goal ->
    assert log.contains("alliance:0.1.0-SNAPSHOT:${goal} (plans)") : "alliance:${goal} did not run"
    assert new File(basedir, "target/alliance-stamps/${goal}.sha256").isFile() : "no stamp after alliance:${goal}"
}
assert out.isDirectory() : 'target/alliance missing'
assert new File(out, 'index.html').length() > 0 : 'no index page'
['defenseofjapan', 'areassurroundingjapan'].each { plan ->
    ['plan.html', 'plan.md', 'plan.pdf', 'plan.docx', 'checklist.xlsx', 'responsibility-matrix.csv'].each { name ->
        assert new File(out, "${plan}/${name}").length() > 0 : "${plan}/${name} missing or empty"
    }
}
def coverage = new File(out, 'coverage.txt')
assert coverage.isFile() && coverage.text.contains('IV.2(2)a') : 'coverage.txt missing or without clause IV.2(2)a'
return true
