"""The Network tab (阵地网络): streets → street centres and stations → community centres → function rooms,
each kind with its own colour mark. Double-click a site (or a room) to open the site's form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, sites

from .. import labels, operations
from ..widgets.record_combo import RecordCombo

#: the node's id, and its kind ("street", "room" or a site kind)
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_COLOURS = {
    "street": "#8e1b1b",
    "street_service_center": "#c0392b",
    "community_service_center": "#e67e22",
    "social_work_station": "#2471a3",
    "deputies_studio": "#7d3c98",
    "npc_liaison_station": "#117a65",
    "function_room": "#b7950b",
    "charity_point": "#d35400",
    "room": "#7f8c8d",
}


def kind_icon(kind: str) -> QIcon:
    """A coloured mark: a square for a street, a disc for a site, a small ring for a room."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(KIND_COLOURS.get(kind, "#555555"))
    if kind == "street":
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(2, 2, 12, 12, 2, 2)
    elif kind == "room":
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(4, 4, 8, 8)
    else:
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, 2, 12, 12)
    painter.end()
    return QIcon(pixmap)


class NetworkView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._stale = True
        self._icons: dict[str, QIcon] = {}
        self.street = RecordCombo(self.tr("All streets"))
        self.street.setObjectName("networkStreet")
        self.street.set_options(operations.read(self, geography.list_streets, db, default=[]))
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.collapse_button = QPushButton(self.tr("Collapse all"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Street:")))
        top.addWidget(self.street)
        top.addStretch(1)
        top.addWidget(self.expand_button)
        top.addWidget(self.collapse_button)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("networkTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.summary.setObjectName("networkSummary")
        hint = QLabel(self.tr("Double-click a site to open it. The network follows each site's “Parent site”."))
        hint.setStyleSheet("color: #666;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addStretch(1)
        bottom.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self.street.idChanged.connect(lambda _id: self.reload())
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.tree.doubleClicked.connect(self._open)
        operations.hub().changed.connect(self._data_changed)

    # --- building the tree -----------------------------------------------------------------------
    def _icon(self, kind: str) -> QIcon:
        if kind not in self._icons:
            self._icons[kind] = kind_icon(kind)
        return self._icons[kind]

    def reload(self) -> None:
        self._stale = False
        expanded = self._expanded_ids()
        first_load = self.model.rowCount() == 0
        street_id = self.street.current_id()
        roots = operations.read(self, sites.site_network, self.db, street_id, default=[])
        kinds = labels.site_kinds()
        kinds["street"] = self.tr("Street")
        kinds["room"] = self.tr("Function room")
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Sites and rooms below")])
        counts = {"site": 0, "room": 0}

        def add(parent: QStandardItem, node: sites.NetworkNode) -> int:
            name = QStandardItem(self._icon(node.kind), node.name)
            name.setData(node.id, NODE_ID_ROLE)
            name.setData(node.kind, NODE_KIND_ROLE)
            kind = QStandardItem(kinds.get(node.kind, node.kind))
            kind.setForeground(QBrush(QColor(KIND_COLOURS.get(node.kind, "#555555"))))
            below = QStandardItem()
            if node.kind == "street":
                font = QFont(name.font())
                font.setBold(True)
                name.setFont(font)
            else:
                counts["room" if node.kind == "room" else "site"] += 1
            descendants = 0
            for child in node.children:
                descendants += 1 + add(name, child)
            if descendants:
                below.setText(str(descendants))
            parent.appendRow([name, kind, below])
            return descendants

        root = self.model.invisibleRootItem()
        for node in roots:
            add(root, node)
        self.summary.setText(self.tr("%1 sites, %2 function rooms").replace("%1", str(counts["site"]))
                             .replace("%2", str(counts["room"])))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(1, 200)
        header.resizeSection(2, 110)
        if first_load or street_id:
            self._expand_sites(street_id is not None)
        else:
            self._restore_expanded(expanded)

    def _expand_sites(self, all_levels: bool) -> None:
        """Streets open to show their centres; with one street chosen, everything is open."""
        if all_levels:
            self.tree.expandAll()
            return
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def _walk(self, parent: QModelIndex = QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            yield index
            yield from self._walk(index)

    def _expanded_ids(self) -> set[str]:
        return {index.data(NODE_ID_ROLE) for index in self._walk() if self.tree.isExpanded(index)}

    def _restore_expanded(self, ids: set[str]) -> None:
        for index in self._walk():
            if index.data(NODE_ID_ROLE) in ids:
                self.tree.expand(index)

    def find_item(self, name: str) -> QModelIndex:
        """The first node named ``name`` (tests and keyboard search)."""
        for index in self._walk():
            if index.data() == name:
                return index
        return QModelIndex()

    # --- refreshing ------------------------------------------------------------------------------
    def _data_changed(self, record_type: str) -> None:
        if record_type in ("", "street"):
            self.street.set_options(operations.read(self, geography.list_streets, self.db, default=[]))
        if record_type not in ("", "site", "room", "street"):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- opening ---------------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        kind = index.data(NODE_KIND_ROLE)
        if kind in (None, "street"):
            return
        from .site_form import TAB_DETAILS, TAB_ROOMS, open_site_form

        if kind == "room":
            site_id, tab = index.parent().data(NODE_ID_ROLE), TAB_ROOMS
        else:
            site_id, tab = index.data(NODE_ID_ROLE), TAB_DETAILS
        open_site_form(self.db, site_id, self, tab)
