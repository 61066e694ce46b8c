
/tmp/tmp2kp0ihsh.bin:     file format binary


Disassembly of section .data:

00007fe050f04d40 <.data>:
    7fe050f04d40:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
    7fe050f04d47:	55                   	push   rbp
    7fe050f04d48:	48 81 ec a0 00 00 00 	sub    rsp,0xa0
    7fe050f04d4f:	48 8b c1             	mov    rax,rcx
    7fe050f04d52:	48 8b fe             	mov    rdi,rsi
    7fe050f04d55:	44 8b 5e 20          	mov    r11d,DWORD PTR [rsi+0x20]
    7fe050f04d59:	44 8b 46 28          	mov    r8d,DWORD PTR [rsi+0x28]
    7fe050f04d5d:	8b 5e 24             	mov    ebx,DWORD PTR [rsi+0x24]
    7fe050f04d60:	8b ea                	mov    ebp,edx
    7fe050f04d62:	83 e5 01             	and    ebp,0x1
    7fe050f04d65:	85 ed                	test   ebp,ebp
    7fe050f04d67:	0f 85 3f 09 00 00    	jne    0x7fe050f056ac
    7fe050f04d6d:	8b ca                	mov    ecx,edx
    7fe050f04d6f:	d1 e9                	shr    ecx,1
    7fe050f04d71:	83 c1 3f             	add    ecx,0x3f
    7fe050f04d74:	c1 e9 06             	shr    ecx,0x6
    7fe050f04d77:	83 fa 03             	cmp    edx,0x3
    7fe050f04d7a:	0f 8e 20 08 00 00    	jle    0x7fe050f055a0
    7fe050f04d80:	89 4c 24 5c          	mov    DWORD PTR [rsp+0x5c],ecx
    7fe050f04d84:	89 54 24 24          	mov    DWORD PTR [rsp+0x24],edx
    7fe050f04d88:	48 89 74 24 50       	mov    QWORD PTR [rsp+0x50],rsi
    7fe050f04d8d:	83 c2 fd             	add    edx,0xfffffffd
    7fe050f04d90:	89 14 24             	mov    DWORD PTR [rsp],edx
    7fe050f04d93:	4d 8d 14 dc          	lea    r10,[r12+rbx*8]
    7fe050f04d97:	4c 89 54 24 08       	mov    QWORD PTR [rsp+0x8],r10
    7fe050f04d9c:	89 5c 24 58          	mov    DWORD PTR [rsp+0x58],ebx
    7fe050f04da0:	4f 8d 14 c4          	lea    r10,[r12+r8*8]
    7fe050f04da4:	4c 89 54 24 10       	mov    QWORD PTR [rsp+0x10],r10
    7fe050f04da9:	44 89 44 24 4c       	mov    DWORD PTR [rsp+0x4c],r8d
    7fe050f04dae:	4f 8d 14 dc          	lea    r10,[r12+r11*8]
    7fe050f04db2:	4c 89 54 24 18       	mov    QWORD PTR [rsp+0x18],r10
    7fe050f04db7:	44 89 5c 24 44       	mov    DWORD PTR [rsp+0x44],r11d
    7fe050f04dbc:	45 33 d2             	xor    r10d,r10d
    7fe050f04dbf:	45 33 db             	xor    r11d,r11d
    7fe050f04dc2:	45 33 c9             	xor    r9d,r9d
    7fe050f04dc5:	45 33 c0             	xor    r8d,r8d
    7fe050f04dc8:	44 89 54 24 70       	mov    DWORD PTR [rsp+0x70],r10d
    7fe050f04dcd:	44 89 5c 24 48       	mov    DWORD PTR [rsp+0x48],r11d
    7fe050f04dd2:	44 89 4c 24 68       	mov    DWORD PTR [rsp+0x68],r9d
    7fe050f04dd7:	44 89 44 24 6c       	mov    DWORD PTR [rsp+0x6c],r8d
    7fe050f04ddc:	e9 e0 03 00 00       	jmp    0x7fe050f051c1
    7fe050f04de1:	44 2b 5c 24 48       	sub    r11d,DWORD PTR [rsp+0x48]
    7fe050f04de6:	44 89 5c 24 40       	mov    DWORD PTR [rsp+0x40],r11d
    7fe050f04deb:	49 8b c0             	mov    rax,r8
    7fe050f04dee:	8b 4c 24 24          	mov    ecx,DWORD PTR [rsp+0x24]
    7fe050f04df2:	2b 4c 24 20          	sub    ecx,DWORD PTR [rsp+0x20]
    7fe050f04df6:	49 ba 15 7c 4a 7f b9 	movabs r10,0x9e3779b97f4a7c15
    7fe050f04dfd:	79 37 9e 
    7fe050f04e00:	4c 8b c0             	mov    r8,rax
    7fe050f04e03:	4d 03 c2             	add    r8,r10
    7fe050f04e06:	44 8b d1             	mov    r10d,ecx
    7fe050f04e09:	41 ff ca             	dec    r10d
    7fe050f04e0c:	4d 8b c8             	mov    r9,r8
    7fe050f04e0f:	49 c1 e9 1e          	shr    r9,0x1e
    7fe050f04e13:	4d 33 c8             	xor    r9,r8
    7fe050f04e16:	49 bb b9 e5 e4 1c 6d 	movabs r11,0xbf58476d1ce4e5b9
    7fe050f04e1d:	47 58 bf 
    7fe050f04e20:	4d 0f af cb          	imul   r9,r11
    7fe050f04e24:	4d 63 d2             	movsxd r10,r10d
    7fe050f04e27:	4c 89 54 24 38       	mov    QWORD PTR [rsp+0x38],r10
    7fe050f04e2c:	4d 8b d1             	mov    r10,r9
    7fe050f04e2f:	49 c1 ea 1b          	shr    r10,0x1b
    7fe050f04e33:	4d 33 d1             	xor    r10,r9
    7fe050f04e36:	49 bb eb 11 31 13 bb 	movabs r11,0x94d049bb133111eb
    7fe050f04e3d:	49 d0 94 
    7fe050f04e40:	4d 0f af d3          	imul   r10,r11
    7fe050f04e44:	49 8b ea             	mov    rbp,r10
    7fe050f04e47:	48 c1 ed 1f          	shr    rbp,0x1f
    7fe050f04e4b:	49 33 ea             	xor    rbp,r10
    7fe050f04e4e:	4c 8b dd             	mov    r11,rbp
    7fe050f04e51:	49 c1 eb 20          	shr    r11,0x20
    7fe050f04e55:	4c 0f af 5c 24 38    	imul   r11,QWORD PTR [rsp+0x38]
    7fe050f04e5b:	45 8b d3             	mov    r10d,r11d
    7fe050f04e5e:	4c 3b 54 24 38       	cmp    r10,QWORD PTR [rsp+0x38]
    7fe050f04e63:	0f 8c dc 04 00 00    	jl     0x7fe050f05345
    7fe050f04e69:	49 c1 eb 20          	shr    r11,0x20
    7fe050f04e6d:	45 8b db             	mov    r11d,r11d
    7fe050f04e70:	44 03 5c 24 20       	add    r11d,DWORD PTR [rsp+0x20]
    7fe050f04e75:	45 8b cb             	mov    r9d,r11d
    7fe050f04e78:	41 ff c1             	inc    r9d
    7fe050f04e7b:	44 3b 4c 24 04       	cmp    r9d,DWORD PTR [rsp+0x4]
    7fe050f04e80:	0f 83 05 06 00 00    	jae    0x7fe050f0548b
    7fe050f04e86:	49 63 cb             	movsxd rcx,r11d
    7fe050f04e89:	4c 8b 54 24 18       	mov    r10,QWORD PTR [rsp+0x18]
    7fe050f04e8e:	45 8b 4c 8a 14       	mov    r9d,DWORD PTR [r10+rcx*4+0x14]
    7fe050f04e93:	8b fd                	mov    edi,ebp
    7fe050f04e95:	4c 8b 5c 24 38       	mov    r11,QWORD PTR [rsp+0x38]
    7fe050f04e9a:	49 83 c3 fe          	add    r11,0xfffffffffffffffe
    7fe050f04e9e:	49 0f af fb          	imul   rdi,r11
    7fe050f04ea2:	48 63 5c 24 20       	movsxd rbx,DWORD PTR [rsp+0x20]
    7fe050f04ea7:	45 8b 54 9a 14       	mov    r10d,DWORD PTR [r10+rbx*4+0x14]
    7fe050f04eac:	48 8b 54 24 18       	mov    rdx,QWORD PTR [rsp+0x18]
    7fe050f04eb1:	44 89 54 8a 14       	mov    DWORD PTR [rdx+rcx*4+0x14],r10d
    7fe050f04eb6:	44 89 4c 9a 14       	mov    DWORD PTR [rdx+rbx*4+0x14],r9d
    7fe050f04ebb:	44 8b d7             	mov    r10d,edi
    7fe050f04ebe:	4d 3b d3             	cmp    r10,r11
    7fe050f04ec1:	0f 8c c5 04 00 00    	jl     0x7fe050f0538c
    7fe050f04ec7:	48 c1 ef 20          	shr    rdi,0x20
    7fe050f04ecb:	8b cf                	mov    ecx,edi
    7fe050f04ecd:	03 4c 24 20          	add    ecx,DWORD PTR [rsp+0x20]
    7fe050f04ed1:	44 8b d1             	mov    r10d,ecx
    7fe050f04ed4:	41 83 c2 03          	add    r10d,0x3
    7fe050f04ed8:	44 3b 54 24 04       	cmp    r10d,DWORD PTR [rsp+0x4]
    7fe050f04edd:	0f 83 ed 05 00 00    	jae    0x7fe050f054d0
    7fe050f04ee3:	4c 8b 54 24 18       	mov    r10,QWORD PTR [rsp+0x18]
    7fe050f04ee8:	41 8b 54 9a 1c       	mov    edx,DWORD PTR [r10+rbx*4+0x1c]
    7fe050f04eed:	4c 63 d1             	movsxd r10,ecx
    7fe050f04ef0:	4c 8b 5c 24 18       	mov    r11,QWORD PTR [rsp+0x18]
    7fe050f04ef5:	43 8b 4c 93 1c       	mov    ecx,DWORD PTR [r11+r10*4+0x1c]
    7fe050f04efa:	43 89 54 93 1c       	mov    DWORD PTR [r11+r10*4+0x1c],edx
    7fe050f04eff:	41 89 4c 9b 1c       	mov    DWORD PTR [r11+rbx*4+0x1c],ecx
    7fe050f04f04:	41 bb 03 00 00 00    	mov    r11d,0x3
    7fe050f04f0a:	4c 8b 54 24 18       	mov    r10,QWORD PTR [rsp+0x18]
    7fe050f04f0f:	8b 54 24 20          	mov    edx,DWORD PTR [rsp+0x20]
    7fe050f04f13:	45 23 5c 92 10       	and    r11d,DWORD PTR [r10+rdx*4+0x10]
    7fe050f04f18:	41 ba 03 00 00 00    	mov    r10d,0x3
    7fe050f04f1e:	48 8b 7c 24 18       	mov    rdi,QWORD PTR [rsp+0x18]
    7fe050f04f23:	44 23 54 9f 18       	and    r10d,DWORD PTR [rdi+rbx*4+0x18]
    7fe050f04f28:	41 83 e1 03          	and    r9d,0x3
    7fe050f04f2c:	41 c1 e2 04          	shl    r10d,0x4
    7fe050f04f30:	41 c1 e1 02          	shl    r9d,0x2
    7fe050f04f34:	45 0b d9             	or     r11d,r9d
    7fe050f04f37:	45 0b da             	or     r11d,r10d
    7fe050f04f3a:	83 e1 03             	and    ecx,0x3
    7fe050f04f3d:	c1 e1 06             	shl    ecx,0x6
    7fe050f04f40:	44 0b d9             	or     r11d,ecx
    7fe050f04f43:	41 81 fb 00 01 00 00 	cmp    r11d,0x100
    7fe050f04f4a:	0f 83 f4 05 00 00    	jae    0x7fe050f05544
    7fe050f04f50:	49 ba 40 60 89 82 07 	movabs r10,0x782896040
    7fe050f04f57:	00 00 00 
    7fe050f04f5a:	4f 0f be 54 1a 10    	movsx  r10,BYTE PTR [r10+r11*1+0x10]
    7fe050f04f60:	8b 4c 24 40          	mov    ecx,DWORD PTR [rsp+0x40]
    7fe050f04f64:	49 d3 e2             	shl    r10,cl
    7fe050f04f67:	4c 8b 9c 24 88 00 00 	mov    r11,QWORD PTR [rsp+0x88]
    7fe050f04f6e:	00 
    7fe050f04f6f:	4d 0b da             	or     r11,r10
    7fe050f04f72:	4c 89 9c 24 88 00 00 	mov    QWORD PTR [rsp+0x88],r11
    7fe050f04f79:	00 
    7fe050f04f7a:	44 8b 5c 24 20       	mov    r11d,DWORD PTR [rsp+0x20]
    7fe050f04f7f:	41 83 c3 04          	add    r11d,0x4
    7fe050f04f83:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7fe050f04f88:	44 3b 5c 24 28       	cmp    r11d,DWORD PTR [rsp+0x28]
    7fe050f04f8d:	0f 8c 4e fe ff ff    	jl     0x7fe050f04de1
    7fe050f04f93:	48 8b 8c 24 88 00 00 	mov    rcx,QWORD PTR [rsp+0x88]
    7fe050f04f9a:	00 
    7fe050f04f9b:	49 ba 33 33 33 33 33 	movabs r10,0x3333333333333333
    7fe050f04fa2:	33 33 33 
    7fe050f04fa5:	49 23 ca             	and    rcx,r10
    7fe050f04fa8:	4c 8b 9c 24 88 00 00 	mov    r11,QWORD PTR [rsp+0x88]
    7fe050f04faf:	00 
    7fe050f04fb0:	49 c1 eb 02          	shr    r11,0x2
    7fe050f04fb4:	4d 8b d3             	mov    r10,r11
    7fe050f04fb7:	49 b9 cc cc cc cc cc 	movabs r9,0xccccccccccccccc
    7fe050f04fbe:	cc cc 0c 
    7fe050f04fc1:	4d 23 d1             	and    r10,r9
    7fe050f04fc4:	49 8b db             	mov    rbx,r11
    7fe050f04fc7:	49 b9 33 33 33 33 33 	movabs r9,0x3333333333333333
    7fe050f04fce:	33 33 33 
    7fe050f04fd1:	49 23 d9             	and    rbx,r9
    7fe050f04fd4:	49 0b ca             	or     rcx,r10
    7fe050f04fd7:	4c 8b c9             	mov    r9,rcx
    7fe050f04fda:	49 ba 0f 0f 0f 0f 0f 	movabs r10,0xf0f0f0f0f0f0f0f
    7fe050f04fe1:	0f 0f 0f 
    7fe050f04fe4:	4d 23 ca             	and    r9,r10
    7fe050f04fe7:	49 c1 eb 02          	shr    r11,0x2
    7fe050f04feb:	49 ba cc cc cc cc cc 	movabs r10,0xccccccccccccccc
    7fe050f04ff2:	cc cc 0c 
    7fe050f04ff5:	4d 23 da             	and    r11,r10
    7fe050f04ff8:	49 0b db             	or     rbx,r11
    7fe050f04ffb:	4c 8b db             	mov    r11,rbx
    7fe050f04ffe:	49 ba 0f 0f 0f 0f 0f 	movabs r10,0xf0f0f0f0f0f0f0f
    7fe050f05005:	0f 0f 0f 
    7fe050f05008:	4d 23 da             	and    r11,r10
    7fe050f0500b:	48 c1 e9 04          	shr    rcx,0x4
    7fe050f0500f:	49 ba f0 f0 f0 f0 f0 	movabs r10,0xf0f0f0f0f0f0f0
    7fe050f05016:	f0 f0 00 
    7fe050f05019:	49 23 ca             	and    rcx,r10
    7fe050f0501c:	4c 0b c9             	or     r9,rcx
    7fe050f0501f:	49 8b c9             	mov    rcx,r9
    7fe050f05022:	49 ba ff 00 ff 00 ff 	movabs r10,0xff00ff00ff00ff
    7fe050f05029:	00 ff 00 
    7fe050f0502c:	49 23 ca             	and    rcx,r10
    7fe050f0502f:	48 c1 eb 04          	shr    rbx,0x4
    7fe050f05033:	49 ba f0 f0 f0 f0 f0 	movabs r10,0xf0f0f0f0f0f0f0
    7fe050f0503a:	f0 f0 00 
    7fe050f0503d:	49 23 da             	and    rbx,r10
    7fe050f05040:	4c 0b db             	or     r11,rbx
    7fe050f05043:	49 8b db             	mov    rbx,r11
    7fe050f05046:	49 ba ff 00 ff 00 ff 	movabs r10,0xff00ff00ff00ff
    7fe050f0504d:	00 ff 00 
    7fe050f05050:	49 23 da             	and    rbx,r10
    7fe050f05053:	49 c1 e9 08          	shr    r9,0x8
    7fe050f05057:	49 ba 00 ff 00 ff 00 	movabs r10,0xff00ff00ff00
    7fe050f0505e:	ff 00 00 
    7fe050f05061:	4d 23 ca             	and    r9,r10
    7fe050f05064:	49 0b c9             	or     rcx,r9
    7fe050f05067:	4c 8b c9             	mov    r9,rcx
    7fe050f0506a:	49 ba ff ff 00 00 ff 	movabs r10,0xffff0000ffff
    7fe050f05071:	ff 00 00 
    7fe050f05074:	4d 23 ca             	and    r9,r10
    7fe050f05077:	49 c1 eb 08          	shr    r11,0x8
    7fe050f0507b:	49 ba 00 ff 00 ff 00 	movabs r10,0xff00ff00ff00
    7fe050f05082:	ff 00 00 
    7fe050f05085:	4d 23 da             	and    r11,r10
    7fe050f05088:	49 0b db             	or     rbx,r11
    7fe050f0508b:	4c 8b d3             	mov    r10,rbx
    7fe050f0508e:	49 bb ff ff 00 00 ff 	movabs r11,0xffff0000ffff
    7fe050f05095:	ff 00 00 
    7fe050f05098:	4d 23 d3             	and    r10,r11
    7fe050f0509b:	48 c1 e9 10          	shr    rcx,0x10
    7fe050f0509f:	41 bb 00 00 ff ff    	mov    r11d,0xffff0000
    7fe050f050a5:	49 23 cb             	and    rcx,r11
    7fe050f050a8:	48 c1 eb 10          	shr    rbx,0x10
    7fe050f050ac:	49 23 db             	and    rbx,r11
    7fe050f050af:	4c 0b d3             	or     r10,rbx
    7fe050f050b2:	4c 0b c9             	or     r9,rcx
    7fe050f050b5:	45 8b d2             	mov    r10d,r10d
    7fe050f050b8:	8b 4c 24 2c          	mov    ecx,DWORD PTR [rsp+0x2c]
    7fe050f050bc:	49 d3 e2             	shl    r10,cl
    7fe050f050bf:	4c 8b 9c 24 80 00 00 	mov    r11,QWORD PTR [rsp+0x80]
    7fe050f050c6:	00 
    7fe050f050c7:	4d 0b da             	or     r11,r10
    7fe050f050ca:	4c 89 9c 24 80 00 00 	mov    QWORD PTR [rsp+0x80],r11
    7fe050f050d1:	00 
    7fe050f050d2:	45 8b d1             	mov    r10d,r9d
    7fe050f050d5:	49 d3 e2             	shl    r10,cl
    7fe050f050d8:	4c 8b 5c 24 78       	mov    r11,QWORD PTR [rsp+0x78]
    7fe050f050dd:	4d 0b da             	or     r11,r10
    7fe050f050e0:	4c 89 5c 24 78       	mov    QWORD PTR [rsp+0x78],r11
    7fe050f050e5:	44 8b 54 24 2c       	mov    r10d,DWORD PTR [rsp+0x2c]
    7fe050f050ea:	41 83 c2 20          	add    r10d,0x20
    7fe050f050ee:	44 89 54 24 2c       	mov    DWORD PTR [rsp+0x2c],r10d
    7fe050f050f3:	41 83 fa 40          	cmp    r10d,0x40
    7fe050f050f7:	7d 12                	jge    0x7fe050f0510b
    7fe050f050f9:	44 8b 54 24 20       	mov    r10d,DWORD PTR [rsp+0x20]
    7fe050f050fe:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7fe050f05103:	49 8b c0             	mov    rax,r8
    7fe050f05106:	e9 d1 00 00 00       	jmp    0x7fe050f051dc
    7fe050f0510b:	44 8b 54 24 58       	mov    r10d,DWORD PTR [rsp+0x58]
    7fe050f05110:	47 8b 54 d4 0c       	mov    r10d,DWORD PTR [r12+r10*8+0xc]
    7fe050f05115:	44 8b 4c 24 70       	mov    r9d,DWORD PTR [rsp+0x70]
    7fe050f0511a:	45 3b ca             	cmp    r9d,r10d
    7fe050f0511d:	0f 83 1d 05 00 00    	jae    0x7fe050f05640
    7fe050f05123:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7fe050f05128:	44 8b 5c 24 70       	mov    r11d,DWORD PTR [rsp+0x70]
    7fe050f0512d:	4c 8b 4c 24 78       	mov    r9,QWORD PTR [rsp+0x78]
    7fe050f05132:	4f 89 4c da 10       	mov    QWORD PTR [r10+r11*8+0x10],r9
    7fe050f05137:	44 8b 5c 24 4c       	mov    r11d,DWORD PTR [rsp+0x4c]
    7fe050f0513c:	47 8b 54 dc 0c       	mov    r10d,DWORD PTR [r12+r11*8+0xc]
    7fe050f05141:	44 8b 5c 24 70       	mov    r11d,DWORD PTR [rsp+0x70]
    7fe050f05146:	45 3b da             	cmp    r11d,r10d
    7fe050f05149:	0f 83 25 05 00 00    	jae    0x7fe050f05674
    7fe050f0514f:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7fe050f05154:	44 8b 4c 24 70       	mov    r9d,DWORD PTR [rsp+0x70]
    7fe050f05159:	4c 8b 9c 24 80 00 00 	mov    r11,QWORD PTR [rsp+0x80]
    7fe050f05160:	00 
    7fe050f05161:	4f 89 5c ca 10       	mov    QWORD PTR [r10+r9*8+0x10],r11
    7fe050f05166:	4d 8b 97 48 03 00 00 	mov    r10,QWORD PTR [r15+0x348]
    7fe050f0516d:	f3 4d 0f b8 db       	popcnt r11,r11
    7fe050f05172:	44 8b 4c 24 6c       	mov    r9d,DWORD PTR [rsp+0x6c]
    7fe050f05177:	45 03 cb             	add    r9d,r11d
    7fe050f0517a:	44 89 4c 24 6c       	mov    DWORD PTR [rsp+0x6c],r9d
    7fe050f0517f:	44 8b 4c 24 20       	mov    r9d,DWORD PTR [rsp+0x20]
    7fe050f05184:	41 83 c1 03          	add    r9d,0x3
    7fe050f05188:	f3 48 0f b8 4c 24 78 	popcnt rcx,QWORD PTR [rsp+0x78]
    7fe050f0518f:	8b 5c 24 68          	mov    ebx,DWORD PTR [rsp+0x68]
    7fe050f05193:	03 d9                	add    ebx,ecx
    7fe050f05195:	89 5c 24 68          	mov    DWORD PTR [rsp+0x68],ebx
    7fe050f05199:	44 8b 5c 24 70       	mov    r11d,DWORD PTR [rsp+0x70]
    7fe050f0519e:	41 ff c3             	inc    r11d
    7fe050f051a1:	44 89 5c 24 70       	mov    DWORD PTR [rsp+0x70],r11d
    7fe050f051a6:	41 85 02             	test   DWORD PTR [r10],eax
    7fe050f051a9:	44 3b 4c 24 24       	cmp    r9d,DWORD PTR [rsp+0x24]
    7fe050f051ae:	0f 8d 39 01 00 00    	jge    0x7fe050f052ed
    7fe050f051b4:	44 8b 5c 24 20       	mov    r11d,DWORD PTR [rsp+0x20]
    7fe050f051b9:	44 89 5c 24 48       	mov    DWORD PTR [rsp+0x48],r11d
    7fe050f051be:	49 8b c0             	mov    rax,r8
    7fe050f051c1:	45 33 d2             	xor    r10d,r10d
    7fe050f051c4:	45 33 db             	xor    r11d,r11d
    7fe050f051c7:	45 33 c0             	xor    r8d,r8d
    7fe050f051ca:	4c 89 54 24 78       	mov    QWORD PTR [rsp+0x78],r10
    7fe050f051cf:	44 89 5c 24 2c       	mov    DWORD PTR [rsp+0x2c],r11d
    7fe050f051d4:	4c 89 84 24 80 00 00 	mov    QWORD PTR [rsp+0x80],r8
    7fe050f051db:	00 
    7fe050f051dc:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7fe050f051e1:	41 83 c3 03          	add    r11d,0x3
    7fe050f051e5:	44 3b 5c 24 24       	cmp    r11d,DWORD PTR [rsp+0x24]
    7fe050f051ea:	0f 8d 28 04 00 00    	jge    0x7fe050f05618
    7fe050f051f0:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7fe050f051f5:	41 83 c2 40          	add    r10d,0x40
    7fe050f051f9:	44 8b 04 24          	mov    r8d,DWORD PTR [rsp]
    7fe050f051fd:	45 3b c2             	cmp    r8d,r10d
    7fe050f05200:	44 0f 4c 14 24       	cmovl  r10d,DWORD PTR [rsp]
    7fe050f05205:	44 89 54 24 28       	mov    DWORD PTR [rsp+0x28],r10d
    7fe050f0520a:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7fe050f0520f:	44 3b 54 24 28       	cmp    r10d,DWORD PTR [rsp+0x28]
    7fe050f05214:	0f 8d bc 00 00 00    	jge    0x7fe050f052d6
    7fe050f0521a:	44 8b 5c 24 44       	mov    r11d,DWORD PTR [rsp+0x44]
    7fe050f0521f:	47 8b 54 dc 0c       	mov    r10d,DWORD PTR [r12+r11*8+0xc]
    7fe050f05224:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f05229:	4c 63 54 24 48       	movsxd r10,DWORD PTR [rsp+0x48]
    7fe050f0522e:	4c 63 44 24 04       	movsxd r8,DWORD PTR [rsp+0x4]
    7fe050f05233:	4d 8b da             	mov    r11,r10
    7fe050f05236:	49 83 c3 01          	add    r11,0x1
    7fe050f0523a:	4d 3b d8             	cmp    r11,r8
    7fe050f0523d:	0f 83 6d 03 00 00    	jae    0x7fe050f055b0
    7fe050f05243:	4c 63 5c 24 28       	movsxd r11,DWORD PTR [rsp+0x28]
    7fe050f05248:	4d 2b da             	sub    r11,r10
    7fe050f0524b:	49 83 c3 03          	add    r11,0x3
    7fe050f0524f:	49 83 e3 fc          	and    r11,0xfffffffffffffffc
    7fe050f05253:	45 8b db             	mov    r11d,r11d
    7fe050f05256:	44 03 5c 24 48       	add    r11d,DWORD PTR [rsp+0x48]
    7fe050f0525b:	4d 63 db             	movsxd r11,r11d
    7fe050f0525e:	4d 8b cb             	mov    r9,r11
    7fe050f05261:	49 83 c1 fd          	add    r9,0xfffffffffffffffd
    7fe050f05265:	4d 3b c8             	cmp    r9,r8
    7fe050f05268:	0f 83 42 03 00 00    	jae    0x7fe050f055b0
    7fe050f0526e:	49 83 c2 03          	add    r10,0x3
    7fe050f05272:	4d 3b d0             	cmp    r10,r8
    7fe050f05275:	0f 83 35 03 00 00    	jae    0x7fe050f055b0
    7fe050f0527b:	4d 8b d3             	mov    r10,r11
    7fe050f0527e:	49 ff ca             	dec    r10
    7fe050f05281:	4d 3b d0             	cmp    r10,r8
    7fe050f05284:	0f 83 26 03 00 00    	jae    0x7fe050f055b0
    7fe050f0528a:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7fe050f0528f:	44 3b 54 24 04       	cmp    r10d,DWORD PTR [rsp+0x4]
    7fe050f05294:	0f 83 16 03 00 00    	jae    0x7fe050f055b0
    7fe050f0529a:	49 83 c3 fc          	add    r11,0xfffffffffffffffc
    7fe050f0529e:	4d 3b d8             	cmp    r11,r8
    7fe050f052a1:	0f 83 09 03 00 00    	jae    0x7fe050f055b0
    7fe050f052a7:	44 8b 5c 24 28       	mov    r11d,DWORD PTR [rsp+0x28]
    7fe050f052ac:	41 81 fb fc ff ff 7f 	cmp    r11d,0x7ffffffc
    7fe050f052b3:	0f 8f 2b 03 00 00    	jg     0x7fe050f055e4
    7fe050f052b9:	44 89 54 24 20       	mov    DWORD PTR [rsp+0x20],r10d
    7fe050f052be:	45 33 db             	xor    r11d,r11d
    7fe050f052c1:	45 33 d2             	xor    r10d,r10d
    7fe050f052c4:	4c 89 9c 24 88 00 00 	mov    QWORD PTR [rsp+0x88],r11
    7fe050f052cb:	00 
    7fe050f052cc:	44 89 54 24 40       	mov    DWORD PTR [rsp+0x40],r10d
    7fe050f052d1:	e9 18 fb ff ff       	jmp    0x7fe050f04dee
    7fe050f052d6:	44 89 54 24 20       	mov    DWORD PTR [rsp+0x20],r10d
    7fe050f052db:	45 33 c9             	xor    r9d,r9d
    7fe050f052de:	33 c9                	xor    ecx,ecx
    7fe050f052e0:	45 33 d2             	xor    r10d,r10d
    7fe050f052e3:	33 db                	xor    ebx,ebx
    7fe050f052e5:	4c 8b c0             	mov    r8,rax
    7fe050f052e8:	e9 c2 fd ff ff       	jmp    0x7fe050f050af
    7fe050f052ed:	4d 8b e8             	mov    r13,r8
    7fe050f052f0:	48 8b 7c 24 50       	mov    rdi,QWORD PTR [rsp+0x50]
    7fe050f052f5:	8b 54 24 24          	mov    edx,DWORD PTR [rsp+0x24]
    7fe050f052f9:	44 8b 5c 24 44       	mov    r11d,DWORD PTR [rsp+0x44]
    7fe050f052fe:	44 8b 44 24 4c       	mov    r8d,DWORD PTR [rsp+0x4c]
    7fe050f05303:	8b 5c 24 58          	mov    ebx,DWORD PTR [rsp+0x58]
    7fe050f05307:	8b 4c 24 5c          	mov    ecx,DWORD PTR [rsp+0x5c]
    7fe050f0530b:	44 8b 4c 24 68       	mov    r9d,DWORD PTR [rsp+0x68]
    7fe050f05310:	8b 44 24 6c          	mov    eax,DWORD PTR [rsp+0x6c]
    7fe050f05314:	44 8b 54 24 20       	mov    r10d,DWORD PTR [rsp+0x20]
    7fe050f05319:	44 3b d2             	cmp    r10d,edx
    7fe050f0531c:	0f 8c b2 03 00 00    	jl     0x7fe050f056d4
    7fe050f05322:	89 47 18             	mov    DWORD PTR [rdi+0x18],eax
    7fe050f05325:	89 4f 0c             	mov    DWORD PTR [rdi+0xc],ecx
    7fe050f05328:	44 89 4f 14          	mov    DWORD PTR [rdi+0x14],r9d
    7fe050f0532c:	49 8b c5             	mov    rax,r13
    7fe050f0532f:	48 81 c4 a0 00 00 00 	add    rsp,0xa0
    7fe050f05336:	5d                   	pop    rbp
    7fe050f05337:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
    7fe050f0533e:	0f 87 20 04 00 00    	ja     0x7fe050f05764
    7fe050f05344:	c3                   	ret
    7fe050f05345:	83 f9 01             	cmp    ecx,0x1
    7fe050f05348:	0f 84 be 03 00 00    	je     0x7fe050f0570c
    7fe050f0534e:	48 b8 00 00 00 00 01 	movabs rax,0x100000000
    7fe050f05355:	00 00 00 
    7fe050f05358:	4c 8b 4c 24 38       	mov    r9,QWORD PTR [rsp+0x38]
    7fe050f0535d:	48 ba 00 00 00 00 00 	movabs rdx,0x8000000000000000
    7fe050f05364:	00 00 80 
    7fe050f05367:	48 3b c2             	cmp    rax,rdx
    7fe050f0536a:	75 08                	jne    0x7fe050f05374
    7fe050f0536c:	33 d2                	xor    edx,edx
    7fe050f0536e:	49 83 f9 ff          	cmp    r9,0xffffffffffffffff
    7fe050f05372:	74 05                	je     0x7fe050f05379
    7fe050f05374:	48 99                	cqo
    7fe050f05376:	49 f7 f9             	idiv   r9
    7fe050f05379:	48 89 54 24 30       	mov    QWORD PTR [rsp+0x30],rdx
    7fe050f0537e:	4c 3b d2             	cmp    r10,rdx
    7fe050f05381:	0f 8c be 00 00 00    	jl     0x7fe050f05445
    7fe050f05387:	e9 dd fa ff ff       	jmp    0x7fe050f04e69
    7fe050f0538c:	4d 85 db             	test   r11,r11
    7fe050f0538f:	0f 84 83 03 00 00    	je     0x7fe050f05718
    7fe050f05395:	48 b8 00 00 00 00 01 	movabs rax,0x100000000
    7fe050f0539c:	00 00 00 
    7fe050f0539f:	48 ba 00 00 00 00 00 	movabs rdx,0x8000000000000000
    7fe050f053a6:	00 00 80 
    7fe050f053a9:	48 3b c2             	cmp    rax,rdx
    7fe050f053ac:	75 08                	jne    0x7fe050f053b6
    7fe050f053ae:	33 d2                	xor    edx,edx
    7fe050f053b0:	49 83 fb ff          	cmp    r11,0xffffffffffffffff
    7fe050f053b4:	74 05                	je     0x7fe050f053bb
    7fe050f053b6:	48 99                	cqo
    7fe050f053b8:	49 f7 fb             	idiv   r11
    7fe050f053bb:	4c 3b d2             	cmp    r10,rdx
    7fe050f053be:	0f 8d 03 fb ff ff    	jge    0x7fe050f04ec7
    7fe050f053c4:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
    7fe050f053ca:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
    7fe050f053d0:	49 8b b7 48 03 00 00 	mov    rsi,QWORD PTR [r15+0x348]
    7fe050f053d7:	49 ba 15 7c 4a 7f b9 	movabs r10,0x9e3779b97f4a7c15
    7fe050f053de:	79 37 9e 
    7fe050f053e1:	4d 03 c2             	add    r8,r10
    7fe050f053e4:	4d 8b d0             	mov    r10,r8
    7fe050f053e7:	49 c1 ea 1e          	shr    r10,0x1e
    7fe050f053eb:	4d 33 d0             	xor    r10,r8
    7fe050f053ee:	48 b9 b9 e5 e4 1c 6d 	movabs rcx,0xbf58476d1ce4e5b9
    7fe050f053f5:	47 58 bf 
    7fe050f053f8:	4c 0f af d1          	imul   r10,rcx
    7fe050f053fc:	49 8b ca             	mov    rcx,r10
    7fe050f053ff:	48 c1 e9 1b          	shr    rcx,0x1b
    7fe050f05403:	49 33 ca             	xor    rcx,r10
    7fe050f05406:	49 ba eb 11 31 13 bb 	movabs r10,0x94d049bb133111eb
    7fe050f0540d:	49 d0 94 
    7fe050f05410:	49 0f af ca          	imul   rcx,r10
    7fe050f05414:	48 8b f9             	mov    rdi,rcx
    7fe050f05417:	48 c1 ef 1f          	shr    rdi,0x1f
    7fe050f0541b:	48 33 f9             	xor    rdi,rcx
    7fe050f0541e:	48 c1 ef 20          	shr    rdi,0x20
    7fe050f05422:	49 0f af fb          	imul   rdi,r11
    7fe050f05426:	85 06                	test   DWORD PTR [rsi],eax
    7fe050f05428:	44 8b d7             	mov    r10d,edi
    7fe050f0542b:	4c 3b d2             	cmp    r10,rdx
    7fe050f0542e:	7c a0                	jl     0x7fe050f053d0
    7fe050f05430:	e9 92 fa ff ff       	jmp    0x7fe050f04ec7
    7fe050f05435:	66 66 66 0f 1f 84 00 	data16 data16 nop WORD PTR [rax+rax*1+0x0]
    7fe050f0543c:	00 00 00 00 
    7fe050f05440:	4c 8b 44 24 60       	mov    r8,QWORD PTR [rsp+0x60]
    7fe050f05445:	49 ba 15 7c 4a 7f b9 	movabs r10,0x9e3779b97f4a7c15
    7fe050f0544c:	79 37 9e 
    7fe050f0544f:	4d 03 c2             	add    r8,r10
    7fe050f05452:	4c 89 44 24 60       	mov    QWORD PTR [rsp+0x60],r8
    7fe050f05457:	49 8b f0             	mov    rsi,r8
    7fe050f0545a:	90                   	nop
    7fe050f0545b:	e8 20 3f a8 ff       	call   0x7fe050989380
    7fe050f05460:	4c 8b d8             	mov    r11,rax
    7fe050f05463:	4d 8b 97 48 03 00 00 	mov    r10,QWORD PTR [r15+0x348]
    7fe050f0546a:	49 c1 eb 20          	shr    r11,0x20
    7fe050f0546e:	4c 0f af 5c 24 38    	imul   r11,QWORD PTR [rsp+0x38]
    7fe050f05474:	41 85 02             	test   DWORD PTR [r10],eax
    7fe050f05477:	45 8b d3             	mov    r10d,r11d
    7fe050f0547a:	4c 3b 54 24 30       	cmp    r10,QWORD PTR [rsp+0x30]
    7fe050f0547f:	7c bf                	jl     0x7fe050f05440
    7fe050f05481:	4c 8b 44 24 60       	mov    r8,QWORD PTR [rsp+0x60]
    7fe050f05486:	e9 de f9 ff ff       	jmp    0x7fe050f04e69
    7fe050f0548b:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7fe050f05490:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
    7fe050f05494:	44 8b 5c 24 24       	mov    r11d,DWORD PTR [rsp+0x24]
    7fe050f05499:	44 89 5c 24 0c       	mov    DWORD PTR [rsp+0xc],r11d
    7fe050f0549e:	44 8b 54 24 20       	mov    r10d,DWORD PTR [rsp+0x20]
    7fe050f054a3:	44 89 54 24 10       	mov    DWORD PTR [rsp+0x10],r10d
    7fe050f054a8:	44 8b 54 24 2c       	mov    r10d,DWORD PTR [rsp+0x2c]
    7fe050f054ad:	44 89 54 24 14       	mov    DWORD PTR [rsp+0x14],r10d
    7fe050f054b2:	44 8b 5c 24 40       	mov    r11d,DWORD PTR [rsp+0x40]
    7fe050f054b7:	44 89 5c 24 2c       	mov    DWORD PTR [rsp+0x2c],r11d
    7fe050f054bc:	44 89 4c 24 48       	mov    DWORD PTR [rsp+0x48],r9d
    7fe050f054c1:	44 8b 5c 24 68       	mov    r11d,DWORD PTR [rsp+0x68]
    7fe050f054c6:	44 89 5c 24 60       	mov    DWORD PTR [rsp+0x60],r11d
    7fe050f054cb:	e8 30 8e a8 ff       	call   0x7fe05098e300
    7fe050f054d0:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7fe050f054d5:	49 8b e8             	mov    rbp,r8
    7fe050f054d8:	44 8b 44 24 24       	mov    r8d,DWORD PTR [rsp+0x24]
    7fe050f054dd:	44 89 44 24 04       	mov    DWORD PTR [rsp+0x4],r8d
    7fe050f054e2:	44 8b 5c 24 20       	mov    r11d,DWORD PTR [rsp+0x20]
    7fe050f054e7:	44 89 5c 24 08       	mov    DWORD PTR [rsp+0x8],r11d
    7fe050f054ec:	44 8b 44 24 2c       	mov    r8d,DWORD PTR [rsp+0x2c]
    7fe050f054f1:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7fe050f054f6:	44 8b 5c 24 28       	mov    r11d,DWORD PTR [rsp+0x28]
    7fe050f054fb:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7fe050f05500:	44 8b 44 24 40       	mov    r8d,DWORD PTR [rsp+0x40]
    7fe050f05505:	44 89 44 24 24       	mov    DWORD PTR [rsp+0x24],r8d
    7fe050f0550a:	44 89 4c 24 34       	mov    DWORD PTR [rsp+0x34],r9d
    7fe050f0550f:	44 8b 44 24 44       	mov    r8d,DWORD PTR [rsp+0x44]
    7fe050f05514:	44 89 44 24 38       	mov    DWORD PTR [rsp+0x38],r8d
    7fe050f05519:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7fe050f0551e:	4c 8b 54 24 50       	mov    r10,QWORD PTR [rsp+0x50]
    7fe050f05523:	4c 89 54 24 40       	mov    QWORD PTR [rsp+0x40],r10
    7fe050f05528:	44 8b 5c 24 58       	mov    r11d,DWORD PTR [rsp+0x58]
    7fe050f0552d:	44 89 5c 24 48       	mov    DWORD PTR [rsp+0x48],r11d
    7fe050f05532:	44 8b 54 24 5c       	mov    r10d,DWORD PTR [rsp+0x5c]
    7fe050f05537:	44 89 54 24 50       	mov    DWORD PTR [rsp+0x50],r10d
    7fe050f0553c:	66 66 90             	data16 xchg ax,ax
    7fe050f0553f:	e8 bc 8d a8 ff       	call   0x7fe05098e300
    7fe050f05544:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7fe050f05549:	49 8b e8             	mov    rbp,r8
    7fe050f0554c:	44 8b 44 24 44       	mov    r8d,DWORD PTR [rsp+0x44]
    7fe050f05551:	44 89 04 24          	mov    DWORD PTR [rsp],r8d
    7fe050f05555:	44 8b 54 24 24       	mov    r10d,DWORD PTR [rsp+0x24]
    7fe050f0555a:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f0555f:	89 54 24 08          	mov    DWORD PTR [rsp+0x8],edx
    7fe050f05563:	44 8b 54 24 2c       	mov    r10d,DWORD PTR [rsp+0x2c]
    7fe050f05568:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7fe050f0556d:	44 8b 44 24 28       	mov    r8d,DWORD PTR [rsp+0x28]
    7fe050f05572:	44 89 44 24 20       	mov    DWORD PTR [rsp+0x20],r8d
    7fe050f05577:	44 8b 54 24 40       	mov    r10d,DWORD PTR [rsp+0x40]
    7fe050f0557c:	44 89 54 24 24       	mov    DWORD PTR [rsp+0x24],r10d
    7fe050f05581:	44 89 5c 24 30       	mov    DWORD PTR [rsp+0x30],r11d
    7fe050f05586:	4c 8b 54 24 50       	mov    r10,QWORD PTR [rsp+0x50]
    7fe050f0558b:	4c 89 54 24 38       	mov    QWORD PTR [rsp+0x38],r10
    7fe050f05590:	44 8b 5c 24 4c       	mov    r11d,DWORD PTR [rsp+0x4c]
    7fe050f05595:	44 89 5c 24 40       	mov    DWORD PTR [rsp+0x40],r11d
    7fe050f0559a:	90                   	nop
    7fe050f0559b:	e8 60 8d a8 ff       	call   0x7fe05098e300
    7fe050f055a0:	4c 8b e8             	mov    r13,rax
    7fe050f055a3:	45 33 c9             	xor    r9d,r9d
    7fe050f055a6:	33 c0                	xor    eax,eax
    7fe050f055a8:	45 33 d2             	xor    r10d,r10d
    7fe050f055ab:	e9 69 fd ff ff       	jmp    0x7fe050f05319
    7fe050f055b0:	be 76 ff ff ff       	mov    esi,0xffffff76
    7fe050f055b5:	48 8b e8             	mov    rbp,rax
    7fe050f055b8:	44 8b 5c 24 44       	mov    r11d,DWORD PTR [rsp+0x44]
    7fe050f055bd:	44 89 1c 24          	mov    DWORD PTR [rsp],r11d
    7fe050f055c1:	44 8b 54 24 24       	mov    r10d,DWORD PTR [rsp+0x24]
    7fe050f055c6:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f055cb:	44 8b 54 24 2c       	mov    r10d,DWORD PTR [rsp+0x2c]
    7fe050f055d0:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7fe050f055d5:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7fe050f055da:	44 89 54 24 24       	mov    DWORD PTR [rsp+0x24],r10d
    7fe050f055df:	e8 1c 8d a8 ff       	call   0x7fe05098e300
    7fe050f055e4:	be 6e ff ff ff       	mov    esi,0xffffff6e
    7fe050f055e9:	48 8b e8             	mov    rbp,rax
    7fe050f055ec:	44 8b 5c 24 44       	mov    r11d,DWORD PTR [rsp+0x44]
    7fe050f055f1:	44 89 1c 24          	mov    DWORD PTR [rsp],r11d
    7fe050f055f5:	44 8b 54 24 24       	mov    r10d,DWORD PTR [rsp+0x24]
    7fe050f055fa:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f055ff:	44 8b 54 24 2c       	mov    r10d,DWORD PTR [rsp+0x2c]
    7fe050f05604:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7fe050f05609:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7fe050f0560e:	44 89 54 24 24       	mov    DWORD PTR [rsp+0x24],r10d
    7fe050f05613:	e8 e8 8c a8 ff       	call   0x7fe05098e300
    7fe050f05618:	be 45 ff ff ff       	mov    esi,0xffffff45
    7fe050f0561d:	48 8b e8             	mov    rbp,rax
    7fe050f05620:	44 8b 54 24 44       	mov    r10d,DWORD PTR [rsp+0x44]
    7fe050f05625:	44 89 14 24          	mov    DWORD PTR [rsp],r10d
    7fe050f05629:	44 8b 44 24 2c       	mov    r8d,DWORD PTR [rsp+0x2c]
    7fe050f0562e:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7fe050f05633:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7fe050f05638:	66 66 90             	data16 xchg ax,ax
    7fe050f0563b:	e8 c0 8c a8 ff       	call   0x7fe05098e300
    7fe050f05640:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7fe050f05645:	49 8b e8             	mov    rbp,r8
    7fe050f05648:	44 8b 5c 24 44       	mov    r11d,DWORD PTR [rsp+0x44]
    7fe050f0564d:	44 89 1c 24          	mov    DWORD PTR [rsp],r11d
    7fe050f05651:	44 8b 54 24 24       	mov    r10d,DWORD PTR [rsp+0x24]
    7fe050f05656:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f0565b:	44 8b 5c 24 20       	mov    r11d,DWORD PTR [rsp+0x20]
    7fe050f05660:	44 89 5c 24 08       	mov    DWORD PTR [rsp+0x8],r11d
    7fe050f05665:	4c 8b 54 24 78       	mov    r10,QWORD PTR [rsp+0x78]
    7fe050f0566a:	4c 89 54 24 10       	mov    QWORD PTR [rsp+0x10],r10
    7fe050f0566f:	e8 8c 8c a8 ff       	call   0x7fe05098e300
    7fe050f05674:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7fe050f05679:	49 8b e8             	mov    rbp,r8
    7fe050f0567c:	44 8b 54 24 44       	mov    r10d,DWORD PTR [rsp+0x44]
    7fe050f05681:	44 89 14 24          	mov    DWORD PTR [rsp],r10d
    7fe050f05685:	44 8b 5c 24 24       	mov    r11d,DWORD PTR [rsp+0x24]
    7fe050f0568a:	44 89 5c 24 04       	mov    DWORD PTR [rsp+0x4],r11d
    7fe050f0568f:	44 8b 54 24 20       	mov    r10d,DWORD PTR [rsp+0x20]
    7fe050f05694:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
    7fe050f05699:	4c 8b 94 24 80 00 00 	mov    r10,QWORD PTR [rsp+0x80]
    7fe050f056a0:	00 
    7fe050f056a1:	4c 89 54 24 20       	mov    QWORD PTR [rsp+0x20],r10
    7fe050f056a6:	90                   	nop
    7fe050f056a7:	e8 54 8c a8 ff       	call   0x7fe05098e300
    7fe050f056ac:	be 45 ff ff ff       	mov    esi,0xffffff45
    7fe050f056b1:	48 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],rcx
    7fe050f056b6:	44 89 5c 24 04       	mov    DWORD PTR [rsp+0x4],r11d
    7fe050f056bb:	89 54 24 10          	mov    DWORD PTR [rsp+0x10],edx
    7fe050f056bf:	48 89 7c 24 18       	mov    QWORD PTR [rsp+0x18],rdi
    7fe050f056c4:	89 5c 24 14          	mov    DWORD PTR [rsp+0x14],ebx
    7fe050f056c8:	44 89 44 24 20       	mov    DWORD PTR [rsp+0x20],r8d
    7fe050f056cd:	66 90                	xchg   ax,ax
    7fe050f056cf:	e8 2c 8c a8 ff       	call   0x7fe05098e300
    7fe050f056d4:	be 45 ff ff ff       	mov    esi,0xffffff45
    7fe050f056d9:	41 8b eb             	mov    ebp,r11d
    7fe050f056dc:	44 89 54 24 04       	mov    DWORD PTR [rsp+0x4],r10d
    7fe050f056e1:	89 54 24 08          	mov    DWORD PTR [rsp+0x8],edx
    7fe050f056e5:	48 89 7c 24 10       	mov    QWORD PTR [rsp+0x10],rdi
    7fe050f056ea:	4c 89 6c 24 18       	mov    QWORD PTR [rsp+0x18],r13
    7fe050f056ef:	89 5c 24 0c          	mov    DWORD PTR [rsp+0xc],ebx
    7fe050f056f3:	44 89 44 24 20       	mov    DWORD PTR [rsp+0x20],r8d
    7fe050f056f8:	89 4c 24 24          	mov    DWORD PTR [rsp+0x24],ecx
    7fe050f056fc:	44 89 4c 24 28       	mov    DWORD PTR [rsp+0x28],r9d
    7fe050f05701:	89 44 24 2c          	mov    DWORD PTR [rsp+0x2c],eax
    7fe050f05705:	66 90                	xchg   ax,ax
    7fe050f05707:	e8 f4 8b a8 ff       	call   0x7fe05098e300
    7fe050f0570c:	be 86 ff ff ff       	mov    esi,0xffffff86
    7fe050f05711:	66 90                	xchg   ax,ax
    7fe050f05713:	e8 e8 8b a8 ff       	call   0x7fe05098e300
    7fe050f05718:	be 86 ff ff ff       	mov    esi,0xffffff86
    7fe050f0571d:	66 90                	xchg   ax,ax
    7fe050f0571f:	e8 dc 8b a8 ff       	call   0x7fe05098e300
    7fe050f05724:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7fe050f05729:	48 8b 6c 24 78       	mov    rbp,QWORD PTR [rsp+0x78]
    7fe050f0572e:	90                   	nop
    7fe050f0572f:	e8 cc 8b a8 ff       	call   0x7fe05098e300
    7fe050f05734:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7fe050f05739:	48 8b ac 24 80 00 00 	mov    rbp,QWORD PTR [rsp+0x80]
    7fe050f05740:	00 
    7fe050f05741:	66 90                	xchg   ax,ax
    7fe050f05743:	e8 b8 8b a8 ff       	call   0x7fe05098e300
    7fe050f05748:	48 8b f0             	mov    rsi,rax
    7fe050f0574b:	48 81 c4 a0 00 00 00 	add    rsp,0xa0
    7fe050f05752:	5d                   	pop    rbp
    7fe050f05753:	e9 a8 1b b3 ff       	jmp    0x7fe050a37300
    7fe050f05758:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7fe050f0575d:	66 90                	xchg   ax,ax
    7fe050f0575f:	e8 9c 8b a8 ff       	call   0x7fe05098e300
    7fe050f05764:	49 ba 37 53 f0 50 e0 	movabs r10,0x7fe050f05337
    7fe050f0576b:	7f 00 00 
    7fe050f0576e:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
    7fe050f05775:	e9 86 9c a8 ff       	jmp    0x7fe05098f400
    7fe050f0577a:	f4                   	hlt
    7fe050f0577b:	f4                   	hlt
    7fe050f0577c:	f4                   	hlt
    7fe050f0577d:	f4                   	hlt
    7fe050f0577e:	f4                   	hlt
    7fe050f0577f:	f4                   	hlt
    7fe050f05780:	48 bb 00 00 00 00 00 	movabs rbx,0x0
    7fe050f05787:	00 00 00 
    7fe050f0578a:	e9 fb ff ff ff       	jmp    0x7fe050f0578a
    7fe050f0578f:	e9 ec 38 b2 ff       	jmp    0x7fe050a29080
    7fe050f05794:	e8 00 00 00 00       	call   0x7fe050f05799
    7fe050f05799:	48 83 2c 24 05       	sub    QWORD PTR [rsp],0x5
    7fe050f0579e:	e9 fd 8e a8 ff       	jmp    0x7fe05098e6a0
    7fe050f057a3:	f4                   	hlt
    7fe050f057a4:	f4                   	hlt
    7fe050f057a5:	f4                   	hlt
    7fe050f057a6:	f4                   	hlt
    7fe050f057a7:	f4                   	hlt
