// First build: all four goals ran and wrote their outputs: a SARIF report, the coverage report, and for each
// audience an edition in its own folder with HTML and Markdown and no other format.
// Second build (same plans): each goal logged that it skipped.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/alliance')
assert new File(out, 'validation.sarif').text.contains('"version"') : 'no SARIF report'
assert new File(out, 'coverage.txt').isFile() : 'no coverage report'
['japan', 'both'].each { audience ->
    def edition = new File(out, audience)
    assert edition.isDirectory() : "no edition for ${audience}"
    def names = []
    edition.eachFileRecurse { if (it.isFile()) names << it.name }
    assert names.any { it.endsWith('.html') } && names.any { it.endsWith('.md') } : "${audience}: ${names}"
    assert !names.any { it.endsWith('.pdf') || it.endsWith('.docx') || it.endsWith('.xlsx') } : "${audience}: formats not asked for: ${names}"
}
assert !new File(out, 'united-states').exists()
// alliance:diagram: each audience's diagrams of the plan file in SVG, PNG and PDF
['japan', 'both'].each { audience ->
    ['svg', 'png', 'pdf'].each { ext ->
        def f = new File(out, "diagrams/${audience}/air-defense/responsibility.${ext}")
        assert f.isFile() && f.length() > 0 : "no diagram ${f}"
    }
}
// alliance:generate embeds the diagrams: inline SVG in the HTML plan document, an SVG file beside the Markdown one
def planHtml = []
new File(out, 'both').eachFileRecurse { if (it.name == 'plan.html') planHtml << it }
assert planHtml && planHtml[0].text.contains('<svg') : 'no diagram in the HTML plan document'
def svgBeside = []
new File(out, 'both').eachFileRecurse { if (it.name == 'responsibility.svg') svgBeside << it }
assert svgBeside : 'no diagram file beside the Markdown plan document'
['validate', 'generate', 'coverage', 'diagram'].each { goal ->
    assert log.contains("Plans unchanged since the last alliance:${goal}; skipped") : "alliance:${goal} did not skip"
}
return true
