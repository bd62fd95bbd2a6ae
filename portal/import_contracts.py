"""An import-linter contract: no cycle between modules (``make lint``, CI).

grimp reads every import statement, those inside functions too, so a cycle hidden in a function body
fails like any other. Each cycle is reported once, as the strongly connected set of modules with one
import chain through it. ``ignore_imports`` lists the declared exceptions (importer -> imported, with
``*`` for one module name part), e.g. the tasks rule: services import tasks at module level, tasks import
the service inside the task body.
"""

from fnmatch import fnmatchcase

import grimp
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _strongly_connected(modules: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (no recursion limit on a deep graph)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


class NoModuleCyclesContract(Contract):
    type_name = "no_module_cycles"

    ignore_imports = fields.ListField(subfield=fields.StringField(), required=False)

    def _ignored(self, importer: str, imported: str) -> bool:
        for rule in self.ignore_imports or []:
            left, _arrow, right = rule.partition("->")
            if fnmatchcase(importer, left.strip()) and fnmatchcase(imported, right.strip()):
                return True
        return False

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        modules = sorted(graph.modules)
        edges = {
            module: {
                imported
                for imported in graph.find_modules_directly_imported_by(module)
                if imported in graph.modules and not self._ignored(module, imported)
            }
            for module in modules
        }
        cycles = []
        for component in _strongly_connected(modules, edges):
            members = set(component)
            start = component[0]
            # One path back to the start through the component, for the report.
            path = [start]
            seen = {start}
            node = start
            for _step in range(len(component)):
                following = sorted(edges[node] & members)
                back = [m for m in following if m == start]
                if back:
                    path.append(start)
                    break
                nxt = next((m for m in following if m not in seen), following[0] if following else None)
                if nxt is None:
                    break
                path.append(nxt)
                seen.add(nxt)
                node = nxt
            cycles.append({"modules": component, "path": path})
        return ContractCheck(kept=not cycles, metadata={"cycles": cycles})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print_error(f"Cycle between {len(cycle['modules'])} modules: {', '.join(cycle['modules'])}")
            output.print_error(f"    {' -> '.join(cycle['path'])}", bold=False)
            output.new_line()
