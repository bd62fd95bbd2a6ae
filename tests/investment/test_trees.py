"""Sectors and places are treebeard trees: a moved node takes its subtree along, and the "this node and
below" filters of the listings and the API follow it; a node never goes below itself (in the admin form
and in the model); the number of levels is not fixed; former units still find their successors; deleting
a node that has nodes below it is refused; and the migration from the old ``parent``/``tree_path`` tree
keeps every row's place and order."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import ProtectedError
from django.utils import translation
from treebeard.exceptions import InvalidMoveToDescendant

from investment.models import Place, ProjectPage, Sector
from tests.factories.investment import PlaceFactory, ProjectPageFactory, SectorFactory

# The folder's small catalogue is there too (see conftest.py): these tests build their own branches beside
# it, with codes of their own, and look only at those.
pytestmark = [pytest.mark.usefixtures("catalogue"), pytest.mark.django_db]

CYCLE_MESSAGE_VI = "không thể đặt"  # the start of the Vietnamese message, lower-cased


@pytest.fixture
def sectors(db):
    """X > X01 > X011, X > X03, and Y: a three-level branch to move (keys without the prefix)."""
    section_a = SectorFactory(code="XA")
    crops = SectorFactory(code="X01", parent=section_a)
    fruit = SectorFactory(code="X011", parent=crops)
    aquaculture = SectorFactory(code="X03", parent=section_a)
    section_c = SectorFactory(code="XC")
    return {"A": section_a, "01": crops, "011": fruit, "03": aquaculture, "C": section_c}


def ours(nodes) -> list[str]:
    return [node.code for node in nodes if node.code.startswith("X")]


def fresh(node):
    return type(node).objects.get(pk=node.pk)


def listed(client, query: str) -> set[int]:
    response = client.get(f"/en/projects/?{query}&page_size=60")
    assert response.status_code == 200
    return {int(pk) for pk in re.findall(r'data-page-id="(\d+)"', response.content.decode())}


def api_ids(client, query: str) -> set[int]:
    response = client.get(f"/api/v2/pages/?type=investment.ProjectPage&{query}&limit=100")
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def form_data(form, **overrides) -> dict:
    """What the browser would send back for an unchanged admin form, with ``overrides``."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(item) for item in value] if isinstance(value, list | tuple) else str(value)
    data.update({key: "" if value is None else str(value) for key, value in overrides.items()})
    return data


def edit_url(node) -> str:
    return f"/admin/snippets/investment/{type(node)._meta.model_name}/edit/{node.pk}/"


# ---------------------------------------------------------------- the model API


def test_api_of_a_node(sectors):
    fruit = fresh(sectors["011"])
    assert fruit.depth == 3 and fruit.parent == sectors["01"]
    assert fruit.ancestors_and_self() == [sectors["A"], sectors["01"], fruit]
    assert fruit.ancestors_and_self(among=Sector.objects.all()) == [sectors["A"], sectors["01"], fruit]
    assert set(sectors["A"].with_descendants()) == {sectors[code] for code in ("A", "01", "011", "03")}
    assert set(Sector.objects.subtree_of(sectors["01"], sectors["C"])) == {sectors["01"], sectors["011"], sectors["C"]}
    assert ours(Sector.objects.roots()) == ["XA", "XC"]
    assert sectors["A"].contains(fruit) and not fruit.contains(sectors["A"]) and not sectors["C"].contains(fruit)
    assert ours(Sector.objects.in_tree_order()) == ["XA", "X01", "X011", "X03", "XC"]


# ---------------------------------------------------------------- moving a subtree


def test_moving_a_subtree_in_the_admin_takes_descendants_and_filters_along(admin_client, client, sectors):
    project = ProjectPageFactory(sectors=[sectors["011"]])
    assert project.pk in listed(client, "sector=XA") and project.pk not in listed(client, "sector=XC")

    form = admin_client.get(edit_url(sectors["01"])).context["form"]
    assert form.initial["parent"] == sectors["A"].pk
    response = admin_client.post(edit_url(sectors["01"]), form_data(form, parent=sectors["C"].pk))
    assert response.status_code == 302, response.context and response.context["form"].errors

    crops, fruit = fresh(sectors["01"]), fresh(sectors["011"])
    assert crops.parent == sectors["C"] and fruit.parent == crops
    assert [node.code for node in fruit.ancestors_and_self()] == ["XC", "X01", "X011"]
    assert set(fresh(sectors["A"]).with_descendants()) == {sectors["A"], sectors["03"]}
    # "This sector and below", in the listing, the API and the selector, follows the move.
    assert project.pk in listed(client, "sector=XC") and project.pk not in listed(client, "sector=XA")
    assert project.pk in api_ids(client, "sector=XC") and project.pk not in api_ids(client, "sector=XA")
    assert ProjectPage.objects.filter(sectors__in=fresh(sectors["C"]).with_descendants()).get() == project


def test_moving_to_the_top_level_and_back(sectors):
    crops = fresh(sectors["01"])
    crops.move_under(None)
    assert fresh(crops).depth == 1 and fresh(sectors["011"]).depth == 2
    assert ours(Sector.objects.roots()) == ["XA", "XC", "X01"]
    fresh(crops).move_under(sectors["A"])
    assert fresh(sectors["011"]).ancestors_and_self() == [sectors["A"], fresh(crops), fresh(sectors["011"])]


def test_a_node_cannot_go_below_itself_in_the_admin(admin_client, sectors):
    form = admin_client.get(edit_url(sectors["A"])).context["form"]
    with translation.override("en"):
        for target in (sectors["011"], sectors["A"]):
            response = admin_client.post(
                edit_url(sectors["A"]), form_data(form, parent=target.pk), HTTP_ACCEPT_LANGUAGE="en"
            )
            assert response.status_code == 200
            errors = response.context["form"].errors["parent"]
            assert any("cannot be placed below itself" in error for error in errors), errors
    assert fresh(sectors["A"]).depth == 1 and fresh(sectors["011"]).parent == sectors["01"]


def test_a_node_cannot_go_below_itself_in_the_model(sectors):
    section_a = fresh(sectors["A"])
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        section_a.move_under(sectors["011"])
    assert CYCLE_MESSAGE_VI in refused.value.messages[0].lower()
    with pytest.raises(ValidationError):
        section_a.move_under(section_a)
    with pytest.raises(InvalidMoveToDescendant):  # treebeard's own guard, under ours
        section_a.move(fresh(sectors["011"]), "last-child")
    assert ours(Sector.objects.in_tree_order()) == ["XA", "X01", "X011", "X03", "XC"]


def test_the_admin_chooses_the_parent_of_a_new_node(admin_client, sectors):
    add_url = "/admin/snippets/investment/sector/add/"
    form = admin_client.get(add_url).context["form"]
    labels = dict(form.fields["parent"].choices)
    assert "↳" in str(labels[sectors["011"].pk]) and "↳" not in str(labels[sectors["A"].pk])
    data = form_data(form, code="X0111", parent=sectors["011"].pk)
    data.update({name: "Xoài (thử)" for name in form.fields if name.startswith("name_")})
    response = admin_client.post(add_url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    mango = Sector.objects.get(code="X0111")
    assert mango.depth == 4 and mango.parent == sectors["011"] and sectors["A"].contains(mango)


def test_a_node_with_nodes_below_is_not_deleted(admin_client, sectors):
    delete_url = f"/admin/snippets/investment/sector/delete/{sectors['01'].pk}/"
    for response in (admin_client.get(delete_url, follow=True), admin_client.post(delete_url, follow=True)):
        assert response.status_code == 200
        assert [str(sectors["01"]) in str(message) for message in response.context["messages"]] == [True]
    assert Sector.objects.filter(code__in=["X01", "X011"]).count() == 2
    with pytest.raises(ProtectedError):
        fresh(sectors["01"]).delete()
    # A leaf goes, and with it only itself.
    response = admin_client.post(f"/admin/snippets/investment/sector/delete/{sectors['011'].pk}/")
    assert response.status_code == 302 and not Sector.objects.filter(code="X011").exists()
    assert fresh(sectors["01"]).numchild == 0


# ---------------------------------------------------------------- places: any depth, former units


def test_four_levels_of_places_work_and_filter_from_the_top(client):
    country = PlaceFactory(code="X-VN", kind=Place.Kind.COUNTRY)
    province = PlaceFactory(code="X-DT", kind=Place.Kind.PROVINCE, parent=country)
    commune = PlaceFactory(code="X-DT.my_an", parent=province)
    hamlet = PlaceFactory(code="X-DT.my_an.ap_1", kind=Place.Kind.AREA, parent=commune)
    assert [place.depth for place in (country, province, commune, hamlet)] == [1, 2, 3, 4]
    assert fresh(hamlet).ancestors_and_self() == [country, province, commune, hamlet]
    project = ProjectPageFactory(place=hamlet)
    for unit in (country, province, commune, hamlet):
        assert listed(client, f"place={unit.pk}") == {project.pk}
        assert api_ids(client, f"place={unit.pk}") == {project.pk}
        assert hamlet in Place.objects.subtree_of(unit)
    # A fifth level below, added later, is found from the top as well.
    plot = PlaceFactory(code="X-DT.my_an.ap_1.lo_a", kind=Place.Kind.AREA, parent=hamlet)
    ProjectPage.objects.filter(pk=project.pk).update(place=plot)
    assert fresh(plot).depth == 5 and listed(client, f"place={country.pk}") == {project.pk}


def test_former_units_still_match_through_their_successor_after_a_move(client):
    country = PlaceFactory(code="X-VN", kind=Place.Kind.COUNTRY)
    province = PlaceFactory(code="X-DT", kind=Place.Kind.PROVINCE, parent=country)
    other_province = PlaceFactory(code="X-AG", kind=Place.Kind.PROVINCE, parent=country)
    commune = PlaceFactory(code="X-DT.thap_muoi", parent=province)
    old_province = PlaceFactory(code="X-TG-OLD", kind=Place.Kind.PROVINCE, parent=country, successor=province,
                                valid_until="2025-06-30")  # fmt: skip
    old_district = PlaceFactory(code="X-tg.thap_muoi", kind=Place.Kind.DISTRICT, parent=old_province,
                                successor=commune, valid_until="2025-06-30")  # fmt: skip
    project = ProjectPageFactory(place=commune)
    assert commune in fresh(old_district).matching_places()
    assert listed(client, f"place={old_district.pk}") == {project.pk}
    assert listed(client, f"place={old_province.pk}") == {project.pk}  # through its successor, the province
    # The successor link is to the unit, not to its position: a move keeps it.
    fresh(commune).move_under(other_province)
    assert listed(client, f"place={old_district.pk}") == {project.pk}
    assert api_ids(client, f"place={old_district.pk}") == {project.pk}
    assert listed(client, f"place={province.pk}") == set()
    assert listed(client, f"place={old_province.pk}") == set()  # the province no longer holds it


# ---------------------------------------------------------------- the migration


def test_migration_keeps_hierarchy_and_order_both_ways():
    """Rows of the old tree (``parent`` + ``tree_path``, listed by ``tree_path``) come out of 0004 in the
    same hierarchy and order, and go back unchanged (the catalogue's rows and ours alike)."""

    def ours_in(order):
        return [code for code, _parent in order if code.startswith("X")]

    before, after = [("investment", "0003_agency_footer_position")], [("investment", "0004_trees_on_treebeard")]
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending trigger events before ALTER TABLE
    executor = MigrationExecutor(connection)

    def migrate(targets):
        """The app registry of the models as they are after ``targets``."""
        state = executor.migrate(targets)
        executor.loader.build_graph()  # what is applied now
        return state.apps

    OldSector = migrate(before).get_model("investment", "Sector")

    numbers = iter(range(99_990, 100_100))  # ids of five and six digits: "/100001/" sorts before "/99999/"

    def add(code, parent=None):
        node = OldSector.objects.create(pk=next(numbers), code=code, name=code, name_vi=code, parent=parent)
        node.tree_path = f"{parent.tree_path if parent else '/'}{node.pk}/"
        node.save()
        return node

    roots = [add("XA"), add("XC")]
    level_two = [add(f"X{n:02d}", roots[0]) for n in range(1, 13)]
    add("X011", level_two[0])
    add("XC1", add("XC0", roots[1]))
    old_order = [(s.code, s.parent.code if s.parent else None) for s in OldSector.objects.order_by("tree_path")]
    assert ours_in(old_order)[:3] == ["XA", "X09", "X10"]  # by path text: "/100000/" < "/99992/"

    NewSector = migrate(after).get_model("investment", "Sector")
    by_path = {s.path: s for s in NewSector.objects.all()}
    new_order = [
        (s.code, by_path[s.path[:-4]].code if s.depth > 1 else None) for s in NewSector.objects.order_by("path")
    ]
    assert new_order == old_order
    for node in NewSector.objects.all():
        assert node.depth == len(node.path) // 4
        assert node.numchild == sum(1 for other in by_path if other[:-4] == node.path and other != node.path)

    OldSector = migrate(before).get_model("investment", "Sector")
    assert [(s.code, s.parent.code if s.parent else None) for s in OldSector.objects.order_by("tree_path")] == old_order
    migrate(after)  # the rest of the test (rolled back) ends on the current schema
