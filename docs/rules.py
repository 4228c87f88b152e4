"""Writes docs/rules.md from the rule catalogue (domain-rules.md, the project's specification) and
the code: for every rule, where it is implemented (main code naming Rule.X_N or the ID) and tested
(tests and contract suites naming the ID). Usage: python3 docs/rules.py <path to domain-rules.md>"""
import re, os, subprocess, collections, sys
spec=open(sys.argv[1]).read()
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sections={
 'CAL':('Estonian working-day calendar and terms','Tsiviilseadustiku üldosa seadus (TsÜS) §§ 134–138; Public Holidays and Days of National Importance Act'),
 'ID':('Personal identification code','Standard EVS 585; Population Register Act'),
 'RES':('Resocialization in Tallinn','Tallinn Social Work Centre: "Iseseisvasse ellu tagasi aitamine" (resocialization service page)'),
 'RVK':('Support person for people with international or temporary protection','Social Insurance Board (SKA): "Rahvusvahelise ja ajutise kaitse saanute tugiisikuteenus"'),
 'TSM':('Social housing in Tartu','Tartu City Council regulation no 86 of 23.01.2020 "Sotsiaalmajutusteenuse osutamise kord"'),
 'AHT':('Substitute-care support services','SKA project "Asendushoolduse tugiteenused" (ESF 2014–2020)'),
 'JUS':('Support for prisoners and released prisoners','Ministry of Justice: "Tugiteenus" (support person, accommodation)'),
 'HMS':('Administrative procedure','Haldusmenetluse seadus (HMS); Halduskohtumenetluse seadustik (HKMS)'),
 'X':('Cross-cutting','library rules'),
}
# parse rules: lines starting with "- ID-N" possibly continued by indented lines
rules=collections.OrderedDict()
cur=None
for line in spec.splitlines():
    m=re.match(r'^- ((?:CAL|ID|RES|RVK|TSM|AHT|JUS|HMS|X)-\d+)\s+(.*)$', line)
    if m:
        cur=m.group(1); rules[cur]=m.group(2).strip(); continue
    if cur and line.startswith('  ') and line.strip():
        rules[cur]+=' '+line.strip(); continue
    if cur and not line.strip(): cur=None
    elif cur and not line.startswith('  '): cur=None
def files_with(pattern, sub):
    out=subprocess.run(['grep','-rlE',pattern,'--include=*.java','.'],cwd=root,capture_output=True,text=True).stdout.split()
    return sorted(f[2:] for f in out if '/target/' not in f and sub(f))
main=lambda f: '/src/main/' in f
test=lambda f: '/src/test/' in f or '/testkit/src/main/java/ee/hoolekanne/testkit/contract/' in f
def short(f):
    return os.path.splitext(os.path.basename(f))[0]
out=["# The rule catalogue","",
"Every rule hoolekanne implements, by its ID: the provision of the source it comes from, what the",
"library does, and where it is implemented and tested. A Javadoc or a test that names a rule ID",
"(`TSM-15`, `Rule.TSM_15`) points here. `RuleCatalogueTest` fails when a rule ID used in the code",
"is missing from this file; `grep -r TSM-15` finds every place a rule is used.",
"",
"The sources are Estonian originals; the statements below are the library's English reading of",
"them, audited rule by rule. Numbers (days, percentages, prices) are data of effective-dated rule",
"sets, so another municipality's regulation is a new rule set, not a code change.",""]
by=collections.OrderedDict()
for rid,text in rules.items():
    by.setdefault(rid.split('-')[0],[]).append((rid,text))
for sec,items in by.items():
    title,source=sections[sec]
    out.append(f"## {sec} — {title}")
    out.append("")
    out.append(f"Source: {source}.")
    out.append("")
    out.append("| rule | provision and statement | implemented in | tested in |")
    out.append("|---|---|---|---|")
    for rid,text in items:
        const='Rule.'+rid.replace('-','_')
        impl=files_with(re.escape(const)+r'\b|'+re.escape(rid)+r'\b', main)
        impl=[f for f in impl if not f.endswith('Rule.java') and 'testkit' not in f and 'examples' not in f][:4]
        tests=files_with(re.escape(rid)+r'\b', test)[:4]
        t=text.replace('|','\\|')
        out.append(f"| {rid} | {t} | {', '.join('`'+short(f)+'`' for f in impl) or '–'} | {', '.join('`'+short(f)+'`' for f in tests) or '–'} |")
    out.append("")
open(root+'/docs/rules.md','w').write("\n".join(out))
print(len(rules))
