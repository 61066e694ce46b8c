
/tmp/tmpwbt8hcfq.bin:     file format binary


Disassembly of section .data:

00007f9f2cf11880 <.data>:
    7f9f2cf11880:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
    7f9f2cf11887:	55                   	push   rbp
    7f9f2cf11888:	48 81 ec 80 00 00 00 	sub    rsp,0x80
    7f9f2cf1188f:	4c 89 4c 24 10       	mov    QWORD PTR [rsp+0x10],r9
    7f9f2cf11894:	c4 c1 79 6e d8       	vmovd  xmm3,r8d
    7f9f2cf11899:	4c 8b d1             	mov    r10,rcx
    7f9f2cf1189c:	44 8b 59 1c          	mov    r11d,DWORD PTR [rcx+0x1c]
    7f9f2cf118a0:	44 8b 42 10          	mov    r8d,DWORD PTR [rdx+0x10]
    7f9f2cf118a4:	44 8b 4a 1c          	mov    r9d,DWORD PTR [rdx+0x1c]
    7f9f2cf118a8:	8b 59 20             	mov    ebx,DWORD PTR [rcx+0x20]
    7f9f2cf118ab:	8b 79 28             	mov    edi,DWORD PTR [rcx+0x28]
    7f9f2cf118ae:	8b 41 18             	mov    eax,DWORD PTR [rcx+0x18]
    7f9f2cf118b1:	8b 6a 14             	mov    ebp,DWORD PTR [rdx+0x14]
    7f9f2cf118b4:	44 8b 6a 18          	mov    r13d,DWORD PTR [rdx+0x18]
    7f9f2cf118b8:	c5 f9 7e d9          	vmovd  ecx,xmm3
    7f9f2cf118bc:	ba 01 00 00 00       	mov    edx,0x1
    7f9f2cf118c1:	d3 e2                	shl    edx,cl
    7f9f2cf118c3:	ff ca                	dec    edx
    7f9f2cf118c5:	44 8b f6             	mov    r14d,esi
    7f9f2cf118c8:	83 fe 01             	cmp    esi,0x1
    7f9f2cf118cb:	0f 84 fe 12 00 00    	je     0x7f9f2cf12bcf
    7f9f2cf118d1:	85 c0                	test   eax,eax
    7f9f2cf118d3:	0f 8e 9b 0a 00 00    	jle    0x7f9f2cf12374
    7f9f2cf118d9:	c5 79 6e d2          	vmovd  xmm10,edx
    7f9f2cf118dd:	c4 41 79 6e dd       	vmovd  xmm11,r13d
    7f9f2cf118e2:	c5 f9 6e fd          	vmovd  xmm7,ebp
    7f9f2cf118e6:	c5 79 6e c8          	vmovd  xmm9,eax
    7f9f2cf118ea:	c5 79 6e c7          	vmovd  xmm8,edi
    7f9f2cf118ee:	c5 f9 6e eb          	vmovd  xmm5,ebx
    7f9f2cf118f2:	c4 c1 79 6e f1       	vmovd  xmm6,r9d
    7f9f2cf118f7:	c4 c1 79 6e d3       	vmovd  xmm2,r11d
    7f9f2cf118fc:	45 8b 52 2c          	mov    r10d,DWORD PTR [r10+0x2c]
    7f9f2cf11900:	4f 8d 1c c4          	lea    r11,[r12+r8*8]
    7f9f2cf11904:	4c 89 1c 24          	mov    QWORD PTR [rsp],r11
    7f9f2cf11908:	c4 c1 79 6e e0       	vmovd  xmm4,r8d
    7f9f2cf1190d:	4f 8d 1c d4          	lea    r11,[r12+r10*8]
    7f9f2cf11911:	4c 89 5c 24 08       	mov    QWORD PTR [rsp+0x8],r11
    7f9f2cf11916:	c4 41 79 6e fa       	vmovd  xmm15,r10d
    7f9f2cf1191b:	4d 8d 14 fc          	lea    r10,[r12+rdi*8]
    7f9f2cf1191f:	4c 89 54 24 18       	mov    QWORD PTR [rsp+0x18],r10
    7f9f2cf11924:	4d 8d 14 dc          	lea    r10,[r12+rbx*8]
    7f9f2cf11928:	4c 89 54 24 20       	mov    QWORD PTR [rsp+0x20],r10
    7f9f2cf1192d:	c4 c1 79 7e d2       	vmovd  r10d,xmm2
    7f9f2cf11932:	49 c1 e2 03          	shl    r10,0x3
    7f9f2cf11936:	4c 89 54 24 28       	mov    QWORD PTR [rsp+0x28],r10
    7f9f2cf1193b:	4d 8d 14 ec          	lea    r10,[r12+rbp*8]
    7f9f2cf1193f:	4c 89 54 24 30       	mov    QWORD PTR [rsp+0x30],r10
    7f9f2cf11944:	4f 8d 14 ec          	lea    r10,[r12+r13*8]
    7f9f2cf11948:	4c 89 54 24 38       	mov    QWORD PTR [rsp+0x38],r10
    7f9f2cf1194d:	4f 8d 14 cc          	lea    r10,[r12+r9*8]
    7f9f2cf11951:	4c 89 54 24 40       	mov    QWORD PTR [rsp+0x40],r10
    7f9f2cf11956:	c5 7b 10 25 12 ff ff 	vmovsd xmm12,QWORD PTR [rip+0xffffffffffffff12]        # 0x7f9f2cf11870
    7f9f2cf1195d:	ff 
    7f9f2cf1195e:	41 ba ff ff ff ff    	mov    r10d,0xffffffff
    7f9f2cf11964:	45 33 db             	xor    r11d,r11d
    7f9f2cf11967:	44 89 54 24 68       	mov    DWORD PTR [rsp+0x68],r10d
    7f9f2cf1196c:	4c 89 5c 24 60       	mov    QWORD PTR [rsp+0x60],r11
    7f9f2cf11971:	e9 41 08 00 00       	jmp    0x7f9f2cf121b7
    7f9f2cf11976:	45 8b d0             	mov    r10d,r8d
    7f9f2cf11979:	44 8b 5c 24 68       	mov    r11d,DWORD PTR [rsp+0x68]
    7f9f2cf1197e:	41 ff c3             	inc    r11d
    7f9f2cf11981:	44 3b 5c 24 50       	cmp    r11d,DWORD PTR [rsp+0x50]
    7f9f2cf11986:	0f 83 3c 11 00 00    	jae    0x7f9f2cf12ac8
    7f9f2cf1198c:	4d 8b 87 48 03 00 00 	mov    r8,QWORD PTR [r15+0x348]
    7f9f2cf11993:	4c 63 4c 24 68       	movsxd r9,DWORD PTR [rsp+0x68]
    7f9f2cf11998:	48 8b 6c 24 18       	mov    rbp,QWORD PTR [rsp+0x18]
    7f9f2cf1199d:	4e 8b 4c cd 18       	mov    r9,QWORD PTR [rbp+r9*8+0x18]
    7f9f2cf119a2:	4c 89 4c 24 60       	mov    QWORD PTR [rsp+0x60],r9
    7f9f2cf119a7:	41 85 00             	test   DWORD PTR [r8],eax
    7f9f2cf119aa:	45 8b c2             	mov    r8d,r10d
    7f9f2cf119ad:	44 89 5c 24 68       	mov    DWORD PTR [rsp+0x68],r11d
    7f9f2cf119b2:	4c 8b 54 24 60       	mov    r10,QWORD PTR [rsp+0x60]
    7f9f2cf119b7:	4d 85 d2             	test   r10,r10
    7f9f2cf119ba:	74 ba                	je     0x7f9f2cf11976
    7f9f2cf119bc:	f3 49 0f bc ea       	tzcnt  rbp,r10
    7f9f2cf119c1:	44 8b 54 24 68       	mov    r10d,DWORD PTR [rsp+0x68]
    7f9f2cf119c6:	41 c1 e2 06          	shl    r10d,0x6
    7f9f2cf119ca:	44 89 54 24 5c       	mov    DWORD PTR [rsp+0x5c],r10d
    7f9f2cf119cf:	41 03 ea             	add    ebp,r10d
    7f9f2cf119d2:	4c 8b 54 24 60       	mov    r10,QWORD PTR [rsp+0x60]
    7f9f2cf119d7:	c4 c2 a8 f3 ca       	blsr   r10,r10
    7f9f2cf119dc:	4c 89 54 24 60       	mov    QWORD PTR [rsp+0x60],r10
    7f9f2cf119e1:	d1 e5                	shl    ebp,1
    7f9f2cf119e3:	3b 6c 24 54          	cmp    ebp,DWORD PTR [rsp+0x54]
    7f9f2cf119e7:	0f 83 9b 0a 00 00    	jae    0x7f9f2cf12488
    7f9f2cf119ed:	4c 8b 54 24 20       	mov    r10,QWORD PTR [rsp+0x20]
    7f9f2cf119f2:	45 8b 5c aa 10       	mov    r11d,DWORD PTR [r10+rbp*4+0x10]
    7f9f2cf119f7:	44 8b cd             	mov    r9d,ebp
    7f9f2cf119fa:	41 ff c1             	inc    r9d
    7f9f2cf119fd:	41 c1 eb 02          	shr    r11d,0x2
    7f9f2cf11a01:	44 3b 4c 24 54       	cmp    r9d,DWORD PTR [rsp+0x54]
    7f9f2cf11a06:	0f 83 e4 0a 00 00    	jae    0x7f9f2cf124f0
    7f9f2cf11a0c:	45 8b eb             	mov    r13d,r11d
    7f9f2cf11a0f:	c5 f9 7e d9          	vmovd  ecx,xmm3
    7f9f2cf11a13:	41 d3 ed             	shr    r13d,cl
    7f9f2cf11a16:	4c 63 d5             	movsxd r10,ebp
    7f9f2cf11a19:	4c 8b 4c 24 20       	mov    r9,QWORD PTR [rsp+0x20]
    7f9f2cf11a1e:	43 8b 6c 91 14       	mov    ebp,DWORD PTR [r9+r10*4+0x14]
    7f9f2cf11a23:	c1 ed 02             	shr    ebp,0x2
    7f9f2cf11a26:	44 3b ee             	cmp    r13d,esi
    7f9f2cf11a29:	0f 83 31 0b 00 00    	jae    0x7f9f2cf12560
    7f9f2cf11a2f:	44 8b f5             	mov    r14d,ebp
    7f9f2cf11a32:	41 d3 ee             	shr    r14d,cl
    7f9f2cf11a35:	c4 41 79 7e d1       	vmovd  r9d,xmm10
    7f9f2cf11a3a:	45 23 cb             	and    r9d,r11d
    7f9f2cf11a3d:	4c 8b 54 24 28       	mov    r10,QWORD PTR [rsp+0x28]
    7f9f2cf11a42:	47 03 4c aa 10       	add    r9d,DWORD PTR [r10+r13*4+0x10]
    7f9f2cf11a47:	44 3b f6             	cmp    r14d,esi
    7f9f2cf11a4a:	0f 83 84 0b 00 00    	jae    0x7f9f2cf125d4
    7f9f2cf11a50:	c4 41 79 7e d3       	vmovd  r11d,xmm10
    7f9f2cf11a55:	44 23 dd             	and    r11d,ebp
    7f9f2cf11a58:	47 03 5c b2 10       	add    r11d,DWORD PTR [r10+r14*4+0x10]
    7f9f2cf11a5d:	45 8b e8             	mov    r13d,r8d
    7f9f2cf11a60:	41 d1 e5             	shl    r13d,1
    7f9f2cf11a63:	44 3b 6c 24 4c       	cmp    r13d,DWORD PTR [rsp+0x4c]
    7f9f2cf11a68:	0f 83 72 0f 00 00    	jae    0x7f9f2cf129e0
    7f9f2cf11a6e:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f9f2cf11a73:	c4 81 7b 10 4c ea 10 	vmovsd xmm1,QWORD PTR [r10+r13*8+0x10]
    7f9f2cf11a7a:	41 8b ed             	mov    ebp,r13d
    7f9f2cf11a7d:	ff c5                	inc    ebp
    7f9f2cf11a7f:	3b 6c 24 4c          	cmp    ebp,DWORD PTR [rsp+0x4c]
    7f9f2cf11a83:	0f 83 d2 0f 00 00    	jae    0x7f9f2cf12a5b
    7f9f2cf11a89:	c5 73 59 e9          	vmulsd xmm13,xmm1,xmm1
    7f9f2cf11a8d:	4d 63 d5             	movsxd r10,r13d
    7f9f2cf11a90:	48 8b 6c 24 08       	mov    rbp,QWORD PTR [rsp+0x8]
    7f9f2cf11a95:	c4 a1 7b 10 44 d5 18 	vmovsd xmm0,QWORD PTR [rbp+r10*8+0x18]
    7f9f2cf11a9c:	c5 7b 59 f0          	vmulsd xmm14,xmm0,xmm0
    7f9f2cf11aa0:	c4 41 0b 58 ed       	vaddsd xmm13,xmm14,xmm13
    7f9f2cf11aa5:	c4 41 1b 5c f5       	vsubsd xmm14,xmm12,xmm13
    7f9f2cf11aaa:	c5 13 59 2d ae fd ff 	vmulsd xmm13,xmm13,QWORD PTR [rip+0xfffffffffffffdae]        # 0x7f9f2cf11860
    7f9f2cf11ab1:	ff 
    7f9f2cf11ab2:	c4 41 1b 5c ed       	vsubsd xmm13,xmm12,xmm13
    7f9f2cf11ab7:	c4 41 0b 51 f6       	vsqrtsd xmm14,xmm14,xmm14
    7f9f2cf11abc:	c5 0b 59 35 9c fd ff 	vmulsd xmm14,xmm14,QWORD PTR [rip+0xfffffffffffffd9c]        # 0x7f9f2cf11860
    7f9f2cf11ac3:	ff 
    7f9f2cf11ac4:	c5 8b 59 c9          	vmulsd xmm1,xmm14,xmm1
    7f9f2cf11ac8:	c5 8b 59 c0          	vmulsd xmm0,xmm14,xmm0
    7f9f2cf11acc:	c4 41 0b 5a f5       	vcvtsd2ss xmm14,xmm14,xmm13
    7f9f2cf11ad1:	c5 fb 5a c0          	vcvtsd2ss xmm0,xmm0,xmm0
    7f9f2cf11ad5:	c5 f3 5a c9          	vcvtsd2ss xmm1,xmm1,xmm1
    7f9f2cf11ad9:	44 3b cb             	cmp    r9d,ebx
    7f9f2cf11adc:	0f 83 46 10 00 00    	jae    0x7f9f2cf12b28
    7f9f2cf11ae2:	49 63 c9             	movsxd rcx,r9d
    7f9f2cf11ae5:	4c 8b 14 24          	mov    r10,QWORD PTR [rsp]
    7f9f2cf11ae9:	41 c6 44 0a 10 02    	mov    BYTE PTR [r10+rcx*1+0x10],0x2
    7f9f2cf11aef:	44 3b db             	cmp    r11d,ebx
    7f9f2cf11af2:	0f 83 47 10 00 00    	jae    0x7f9f2cf12b3f
    7f9f2cf11af8:	49 63 eb             	movsxd rbp,r11d
    7f9f2cf11afb:	41 c6 44 2a 10 02    	mov    BYTE PTR [r10+rbp*1+0x10],0x2
    7f9f2cf11b01:	44 3b ca             	cmp    r9d,edx
    7f9f2cf11b04:	0f 83 4c 10 00 00    	jae    0x7f9f2cf12b56
    7f9f2cf11b0a:	4c 8b 54 24 30       	mov    r10,QWORD PTR [rsp+0x30]
    7f9f2cf11b0f:	c4 c1 7a 11 4c 8a 10 	vmovss DWORD PTR [r10+rcx*4+0x10],xmm1
    7f9f2cf11b16:	44 3b cf             	cmp    r9d,edi
    7f9f2cf11b19:	0f 83 4e 10 00 00    	jae    0x7f9f2cf12b6d
    7f9f2cf11b1f:	4c 8b 54 24 38       	mov    r10,QWORD PTR [rsp+0x38]
    7f9f2cf11b24:	c4 c1 7a 11 44 8a 10 	vmovss DWORD PTR [r10+rcx*4+0x10],xmm0
    7f9f2cf11b2b:	44 3b c8             	cmp    r9d,eax
    7f9f2cf11b2e:	0f 83 50 10 00 00    	jae    0x7f9f2cf12b84
    7f9f2cf11b34:	4c 8b 54 24 40       	mov    r10,QWORD PTR [rsp+0x40]
    7f9f2cf11b39:	c4 41 7a 11 74 8a 10 	vmovss DWORD PTR [r10+rcx*4+0x10],xmm14
    7f9f2cf11b40:	c5 70 57 2d 78 73 a2 	vxorps xmm13,xmm1,XMMWORD PTR [rip+0xffffffffffa27378]        # 0x7f9f2c938ec0
    7f9f2cf11b47:	ff 
    7f9f2cf11b48:	44 3b da             	cmp    r11d,edx
    7f9f2cf11b4b:	0f 83 4a 10 00 00    	jae    0x7f9f2cf12b9b
    7f9f2cf11b51:	4c 8b 54 24 30       	mov    r10,QWORD PTR [rsp+0x30]
    7f9f2cf11b56:	c4 41 7a 11 6c aa 10 	vmovss DWORD PTR [r10+rbp*4+0x10],xmm13
    7f9f2cf11b5d:	c5 f8 57 0d 5b 73 a2 	vxorps xmm1,xmm0,XMMWORD PTR [rip+0xffffffffffa2735b]        # 0x7f9f2c938ec0
    7f9f2cf11b64:	ff 
    7f9f2cf11b65:	44 3b df             	cmp    r11d,edi
    7f9f2cf11b68:	0f 83 44 10 00 00    	jae    0x7f9f2cf12bb2
    7f9f2cf11b6e:	4c 8b 54 24 38       	mov    r10,QWORD PTR [rsp+0x38]
    7f9f2cf11b73:	c4 c1 7a 11 4c aa 10 	vmovss DWORD PTR [r10+rbp*4+0x10],xmm1
    7f9f2cf11b7a:	c5 88 57 0d 3e 73 a2 	vxorps xmm1,xmm14,XMMWORD PTR [rip+0xffffffffffa2733e]        # 0x7f9f2c938ec0
    7f9f2cf11b81:	ff 
    7f9f2cf11b82:	44 3b d8             	cmp    r11d,eax
    7f9f2cf11b85:	0f 83 38 10 00 00    	jae    0x7f9f2cf12bc3
    7f9f2cf11b8b:	4c 8b 54 24 40       	mov    r10,QWORD PTR [rsp+0x40]
    7f9f2cf11b90:	c4 c1 7a 11 4c aa 10 	vmovss DWORD PTR [r10+rbp*4+0x10],xmm1
    7f9f2cf11b97:	45 8b d0             	mov    r10d,r8d
    7f9f2cf11b9a:	41 ff c2             	inc    r10d
    7f9f2cf11b9d:	44 3b 54 24 48       	cmp    r10d,DWORD PTR [rsp+0x48]
    7f9f2cf11ba2:	0f 8d ed 05 00 00    	jge    0x7f9f2cf12195
    7f9f2cf11ba8:	41 83 c0 02          	add    r8d,0x2
    7f9f2cf11bac:	44 8b 5c 24 5c       	mov    r11d,DWORD PTR [rsp+0x5c]
    7f9f2cf11bb1:	41 d1 e3             	shl    r11d,1
    7f9f2cf11bb4:	44 89 5c 24 5c       	mov    DWORD PTR [rsp+0x5c],r11d
    7f9f2cf11bb9:	4d 63 d8             	movsxd r11,r8d
    7f9f2cf11bbc:	41 83 f8 01          	cmp    r8d,0x1
    7f9f2cf11bc0:	41 b8 01 00 00 00    	mov    r8d,0x1
    7f9f2cf11bc6:	4d 0f 4c d8          	cmovl  r11,r8
    7f9f2cf11bca:	45 8b c3             	mov    r8d,r11d
    7f9f2cf11bcd:	44 3b 44 24 48       	cmp    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf11bd2:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf11bd7:	45 0f 4f c3          	cmovg  r8d,r11d
    7f9f2cf11bdb:	4c 8b 5c 24 60       	mov    r11,QWORD PTR [rsp+0x60]
    7f9f2cf11be0:	4d 85 db             	test   r11,r11
    7f9f2cf11be3:	0f 84 90 fd ff ff    	je     0x7f9f2cf11979
    7f9f2cf11be9:	f3 49 0f bc eb       	tzcnt  rbp,r11
    7f9f2cf11bee:	c4 c2 a0 f3 cb       	blsr   r11,r11
    7f9f2cf11bf3:	4c 89 5c 24 60       	mov    QWORD PTR [rsp+0x60],r11
    7f9f2cf11bf8:	d1 e5                	shl    ebp,1
    7f9f2cf11bfa:	03 6c 24 5c          	add    ebp,DWORD PTR [rsp+0x5c]
    7f9f2cf11bfe:	3b 6c 24 54          	cmp    ebp,DWORD PTR [rsp+0x54]
    7f9f2cf11c02:	0f 83 83 08 00 00    	jae    0x7f9f2cf1248b
    7f9f2cf11c08:	4c 8b 5c 24 20       	mov    r11,QWORD PTR [rsp+0x20]
    7f9f2cf11c0d:	45 8b 5c ab 10       	mov    r11d,DWORD PTR [r11+rbp*4+0x10]
    7f9f2cf11c12:	44 8b cd             	mov    r9d,ebp
    7f9f2cf11c15:	41 ff c1             	inc    r9d
    7f9f2cf11c18:	41 c1 eb 02          	shr    r11d,0x2
    7f9f2cf11c1c:	44 3b 4c 24 54       	cmp    r9d,DWORD PTR [rsp+0x54]
    7f9f2cf11c21:	0f 83 cc 08 00 00    	jae    0x7f9f2cf124f3
    7f9f2cf11c27:	45 8b eb             	mov    r13d,r11d
    7f9f2cf11c2a:	c5 f9 7e d9          	vmovd  ecx,xmm3
    7f9f2cf11c2e:	41 d3 ed             	shr    r13d,cl
    7f9f2cf11c31:	4c 63 cd             	movsxd r9,ebp
    7f9f2cf11c34:	48 8b 6c 24 20       	mov    rbp,QWORD PTR [rsp+0x20]
    7f9f2cf11c39:	42 8b 6c 8d 14       	mov    ebp,DWORD PTR [rbp+r9*4+0x14]
    7f9f2cf11c3e:	c1 ed 02             	shr    ebp,0x2
    7f9f2cf11c41:	44 3b ee             	cmp    r13d,esi
    7f9f2cf11c44:	0f 83 19 09 00 00    	jae    0x7f9f2cf12563
    7f9f2cf11c4a:	44 8b f5             	mov    r14d,ebp
    7f9f2cf11c4d:	41 d3 ee             	shr    r14d,cl
    7f9f2cf11c50:	c4 41 79 7e d1       	vmovd  r9d,xmm10
    7f9f2cf11c55:	45 23 cb             	and    r9d,r11d
    7f9f2cf11c58:	4c 8b 5c 24 28       	mov    r11,QWORD PTR [rsp+0x28]
    7f9f2cf11c5d:	47 03 4c ab 10       	add    r9d,DWORD PTR [r11+r13*4+0x10]
    7f9f2cf11c62:	44 3b f6             	cmp    r14d,esi
    7f9f2cf11c65:	0f 83 6c 09 00 00    	jae    0x7f9f2cf125d7
    7f9f2cf11c6b:	c4 41 79 7e d3       	vmovd  r11d,xmm10
    7f9f2cf11c70:	44 23 dd             	and    r11d,ebp
    7f9f2cf11c73:	48 8b 6c 24 28       	mov    rbp,QWORD PTR [rsp+0x28]
    7f9f2cf11c78:	46 03 5c b5 10       	add    r11d,DWORD PTR [rbp+r14*4+0x10]
    7f9f2cf11c7d:	45 8b ea             	mov    r13d,r10d
    7f9f2cf11c80:	41 d1 e5             	shl    r13d,1
    7f9f2cf11c83:	44 3b 6c 24 4c       	cmp    r13d,DWORD PTR [rsp+0x4c]
    7f9f2cf11c88:	0f 83 55 0d 00 00    	jae    0x7f9f2cf129e3
    7f9f2cf11c8e:	48 8b 6c 24 08       	mov    rbp,QWORD PTR [rsp+0x8]
    7f9f2cf11c93:	c4 21 7b 10 74 ed 10 	vmovsd xmm14,QWORD PTR [rbp+r13*8+0x10]
    7f9f2cf11c9a:	41 8b ed             	mov    ebp,r13d
    7f9f2cf11c9d:	ff c5                	inc    ebp
    7f9f2cf11c9f:	3b 6c 24 4c          	cmp    ebp,DWORD PTR [rsp+0x4c]
    7f9f2cf11ca3:	0f 83 ab 0d 00 00    	jae    0x7f9f2cf12a54
    7f9f2cf11ca9:	c4 c1 0b 59 ce       	vmulsd xmm1,xmm14,xmm14
    7f9f2cf11cae:	49 63 cd             	movsxd rcx,r13d
    7f9f2cf11cb1:	48 8b 6c 24 08       	mov    rbp,QWORD PTR [rsp+0x8]
    7f9f2cf11cb6:	c5 fb 10 44 cd 18    	vmovsd xmm0,QWORD PTR [rbp+rcx*8+0x18]
    7f9f2cf11cbc:	c5 7b 59 e8          	vmulsd xmm13,xmm0,xmm0
    7f9f2cf11cc0:	c5 93 58 c9          	vaddsd xmm1,xmm13,xmm1
    7f9f2cf11cc4:	c5 1b 5c e9          	vsubsd xmm13,xmm12,xmm1
    7f9f2cf11cc8:	c5 f3 59 0d 90 fb ff 	vmulsd xmm1,xmm1,QWORD PTR [rip+0xfffffffffffffb90]        # 0x7f9f2cf11860
    7f9f2cf11ccf:	ff 
    7f9f2cf11cd0:	c5 9b 5c c9          	vsubsd xmm1,xmm12,xmm1
    7f9f2cf11cd4:	c4 41 13 51 ed       	vsqrtsd xmm13,xmm13,xmm13
    7f9f2cf11cd9:	c5 13 59 2d 7f fb ff 	vmulsd xmm13,xmm13,QWORD PTR [rip+0xfffffffffffffb7f]        # 0x7f9f2cf11860
    7f9f2cf11ce0:	ff 
    7f9f2cf11ce1:	c4 41 13 59 f6       	vmulsd xmm14,xmm13,xmm14
    7f9f2cf11ce6:	c5 93 59 c0          	vmulsd xmm0,xmm13,xmm0
    7f9f2cf11cea:	c5 13 5a e9          	vcvtsd2ss xmm13,xmm13,xmm1
    7f9f2cf11cee:	c5 fb 5a c0          	vcvtsd2ss xmm0,xmm0,xmm0
    7f9f2cf11cf2:	c4 c1 73 5a ce       	vcvtsd2ss xmm1,xmm1,xmm14
    7f9f2cf11cf7:	44 3b cb             	cmp    r9d,ebx
    7f9f2cf11cfa:	0f 83 48 09 00 00    	jae    0x7f9f2cf12648
    7f9f2cf11d00:	49 63 c9             	movsxd rcx,r9d
    7f9f2cf11d03:	48 8b 2c 24          	mov    rbp,QWORD PTR [rsp]
    7f9f2cf11d07:	c6 44 0d 10 02       	mov    BYTE PTR [rbp+rcx*1+0x10],0x2
    7f9f2cf11d0c:	44 3b db             	cmp    r11d,ebx
    7f9f2cf11d0f:	0f 83 a7 09 00 00    	jae    0x7f9f2cf126bc
    7f9f2cf11d15:	4d 63 eb             	movsxd r13,r11d
    7f9f2cf11d18:	42 c6 44 2d 10 02    	mov    BYTE PTR [rbp+r13*1+0x10],0x2
    7f9f2cf11d1e:	44 3b ca             	cmp    r9d,edx
    7f9f2cf11d21:	0f 83 09 0a 00 00    	jae    0x7f9f2cf12730
    7f9f2cf11d27:	48 8b 6c 24 30       	mov    rbp,QWORD PTR [rsp+0x30]
    7f9f2cf11d2c:	c5 fa 11 4c 8d 10    	vmovss DWORD PTR [rbp+rcx*4+0x10],xmm1
    7f9f2cf11d32:	44 3b cf             	cmp    r9d,edi
    7f9f2cf11d35:	0f 83 69 0a 00 00    	jae    0x7f9f2cf127a4
    7f9f2cf11d3b:	48 8b 6c 24 38       	mov    rbp,QWORD PTR [rsp+0x38]
    7f9f2cf11d40:	c5 fa 11 44 8d 10    	vmovss DWORD PTR [rbp+rcx*4+0x10],xmm0
    7f9f2cf11d46:	44 3b c8             	cmp    r9d,eax
    7f9f2cf11d49:	0f 83 c9 0a 00 00    	jae    0x7f9f2cf12818
    7f9f2cf11d4f:	4c 8b 4c 24 40       	mov    r9,QWORD PTR [rsp+0x40]
    7f9f2cf11d54:	c4 41 7a 11 6c 89 10 	vmovss DWORD PTR [r9+rcx*4+0x10],xmm13
    7f9f2cf11d5b:	c5 70 57 35 5d 71 a2 	vxorps xmm14,xmm1,XMMWORD PTR [rip+0xffffffffffa2715d]        # 0x7f9f2c938ec0
    7f9f2cf11d62:	ff 
    7f9f2cf11d63:	44 3b da             	cmp    r11d,edx
    7f9f2cf11d66:	0f 83 20 0b 00 00    	jae    0x7f9f2cf1288c
    7f9f2cf11d6c:	4c 8b 4c 24 30       	mov    r9,QWORD PTR [rsp+0x30]
    7f9f2cf11d71:	c4 01 7a 11 74 a9 10 	vmovss DWORD PTR [r9+r13*4+0x10],xmm14
    7f9f2cf11d78:	c5 f8 57 05 40 71 a2 	vxorps xmm0,xmm0,XMMWORD PTR [rip+0xffffffffffa27140]        # 0x7f9f2c938ec0
    7f9f2cf11d7f:	ff 
    7f9f2cf11d80:	44 3b df             	cmp    r11d,edi
    7f9f2cf11d83:	0f 83 73 0b 00 00    	jae    0x7f9f2cf128fc
    7f9f2cf11d89:	c4 a1 7a 11 44 ad 10 	vmovss DWORD PTR [rbp+r13*4+0x10],xmm0
    7f9f2cf11d90:	c5 90 57 05 28 71 a2 	vxorps xmm0,xmm13,XMMWORD PTR [rip+0xffffffffffa27128]        # 0x7f9f2c938ec0
    7f9f2cf11d97:	ff 
    7f9f2cf11d98:	44 3b d8             	cmp    r11d,eax
    7f9f2cf11d9b:	0f 83 cf 0b 00 00    	jae    0x7f9f2cf12970
    7f9f2cf11da1:	4c 8b 5c 24 40       	mov    r11,QWORD PTR [rsp+0x40]
    7f9f2cf11da6:	c4 81 7a 11 44 ab 10 	vmovss DWORD PTR [r11+r13*4+0x10],xmm0
    7f9f2cf11dad:	41 ff c2             	inc    r10d
    7f9f2cf11db0:	45 3b d0             	cmp    r10d,r8d
    7f9f2cf11db3:	0f 8c 22 fe ff ff    	jl     0x7f9f2cf11bdb
    7f9f2cf11db9:	44 3b 54 24 58       	cmp    r10d,DWORD PTR [rsp+0x58]
    7f9f2cf11dbe:	0f 8d dd 01 00 00    	jge    0x7f9f2cf11fa1
    7f9f2cf11dc4:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
    7f9f2cf11dca:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
    7f9f2cf11dd0:	4c 8b 5c 24 60       	mov    r11,QWORD PTR [rsp+0x60]
    7f9f2cf11dd5:	4d 85 db             	test   r11,r11
    7f9f2cf11dd8:	0f 84 9b fb ff ff    	je     0x7f9f2cf11979
    7f9f2cf11dde:	f3 49 0f bc eb       	tzcnt  rbp,r11
    7f9f2cf11de3:	c4 c2 a0 f3 cb       	blsr   r11,r11
    7f9f2cf11de8:	4c 89 5c 24 60       	mov    QWORD PTR [rsp+0x60],r11
    7f9f2cf11ded:	d1 e5                	shl    ebp,1
    7f9f2cf11def:	03 6c 24 5c          	add    ebp,DWORD PTR [rsp+0x5c]
    7f9f2cf11df3:	3b 6c 24 54          	cmp    ebp,DWORD PTR [rsp+0x54]
    7f9f2cf11df7:	0f 83 8e 06 00 00    	jae    0x7f9f2cf1248b
    7f9f2cf11dfd:	4c 8b 5c 24 20       	mov    r11,QWORD PTR [rsp+0x20]
    7f9f2cf11e02:	45 8b 5c ab 10       	mov    r11d,DWORD PTR [r11+rbp*4+0x10]
    7f9f2cf11e07:	44 8b cd             	mov    r9d,ebp
    7f9f2cf11e0a:	41 ff c1             	inc    r9d
    7f9f2cf11e0d:	41 c1 eb 02          	shr    r11d,0x2
    7f9f2cf11e11:	44 3b 4c 24 54       	cmp    r9d,DWORD PTR [rsp+0x54]
    7f9f2cf11e16:	0f 83 d7 06 00 00    	jae    0x7f9f2cf124f3
    7f9f2cf11e1c:	45 8b eb             	mov    r13d,r11d
    7f9f2cf11e1f:	c5 f9 7e d9          	vmovd  ecx,xmm3
    7f9f2cf11e23:	41 d3 ed             	shr    r13d,cl
    7f9f2cf11e26:	4c 63 c5             	movsxd r8,ebp
    7f9f2cf11e29:	4c 8b 4c 24 20       	mov    r9,QWORD PTR [rsp+0x20]
    7f9f2cf11e2e:	43 8b 6c 81 14       	mov    ebp,DWORD PTR [r9+r8*4+0x14]
    7f9f2cf11e33:	c1 ed 02             	shr    ebp,0x2
    7f9f2cf11e36:	44 3b ee             	cmp    r13d,esi
    7f9f2cf11e39:	0f 83 24 07 00 00    	jae    0x7f9f2cf12563
    7f9f2cf11e3f:	44 8b f5             	mov    r14d,ebp
    7f9f2cf11e42:	41 d3 ee             	shr    r14d,cl
    7f9f2cf11e45:	c4 41 79 7e d1       	vmovd  r9d,xmm10
    7f9f2cf11e4a:	45 23 cb             	and    r9d,r11d
    7f9f2cf11e4d:	4c 8b 5c 24 28       	mov    r11,QWORD PTR [rsp+0x28]
    7f9f2cf11e52:	47 03 4c ab 10       	add    r9d,DWORD PTR [r11+r13*4+0x10]
    7f9f2cf11e57:	44 3b f6             	cmp    r14d,esi
    7f9f2cf11e5a:	0f 83 77 07 00 00    	jae    0x7f9f2cf125d7
    7f9f2cf11e60:	c4 41 79 7e d3       	vmovd  r11d,xmm10
    7f9f2cf11e65:	44 23 dd             	and    r11d,ebp
    7f9f2cf11e68:	4c 8b 44 24 28       	mov    r8,QWORD PTR [rsp+0x28]
    7f9f2cf11e6d:	47 03 5c b0 10       	add    r11d,DWORD PTR [r8+r14*4+0x10]
    7f9f2cf11e72:	41 8b ca             	mov    ecx,r10d
    7f9f2cf11e75:	d1 e1                	shl    ecx,1
    7f9f2cf11e77:	4c 8b 44 24 08       	mov    r8,QWORD PTR [rsp+0x8]
    7f9f2cf11e7c:	c4 c1 7b 10 4c c8 10 	vmovsd xmm1,QWORD PTR [r8+rcx*8+0x10]
    7f9f2cf11e83:	c5 73 59 e9          	vmulsd xmm13,xmm1,xmm1
    7f9f2cf11e87:	4c 63 c1             	movsxd r8,ecx
    7f9f2cf11e8a:	48 8b 6c 24 08       	mov    rbp,QWORD PTR [rsp+0x8]
    7f9f2cf11e8f:	c4 a1 7b 10 44 c5 18 	vmovsd xmm0,QWORD PTR [rbp+r8*8+0x18]
    7f9f2cf11e96:	c5 7b 59 f0          	vmulsd xmm14,xmm0,xmm0
    7f9f2cf11e9a:	c4 41 13 58 ee       	vaddsd xmm13,xmm13,xmm14
    7f9f2cf11e9f:	c4 41 1b 5c f5       	vsubsd xmm14,xmm12,xmm13
    7f9f2cf11ea4:	c5 13 59 2d b4 f9 ff 	vmulsd xmm13,xmm13,QWORD PTR [rip+0xfffffffffffff9b4]        # 0x7f9f2cf11860
    7f9f2cf11eab:	ff 
    7f9f2cf11eac:	c4 41 1b 5c ed       	vsubsd xmm13,xmm12,xmm13
    7f9f2cf11eb1:	c4 41 0b 51 f6       	vsqrtsd xmm14,xmm14,xmm14
    7f9f2cf11eb6:	c5 0b 59 35 a2 f9 ff 	vmulsd xmm14,xmm14,QWORD PTR [rip+0xfffffffffffff9a2]        # 0x7f9f2cf11860
    7f9f2cf11ebd:	ff 
    7f9f2cf11ebe:	c4 c1 73 59 ce       	vmulsd xmm1,xmm1,xmm14
    7f9f2cf11ec3:	c4 c1 7b 59 c6       	vmulsd xmm0,xmm0,xmm14
    7f9f2cf11ec8:	c4 41 13 5a ed       	vcvtsd2ss xmm13,xmm13,xmm13
    7f9f2cf11ecd:	c5 fb 5a c0          	vcvtsd2ss xmm0,xmm0,xmm0
    7f9f2cf11ed1:	c5 f3 5a c9          	vcvtsd2ss xmm1,xmm1,xmm1
    7f9f2cf11ed5:	44 3b cb             	cmp    r9d,ebx
    7f9f2cf11ed8:	0f 83 6a 07 00 00    	jae    0x7f9f2cf12648
    7f9f2cf11ede:	49 63 c9             	movsxd rcx,r9d
    7f9f2cf11ee1:	4c 8b 04 24          	mov    r8,QWORD PTR [rsp]
    7f9f2cf11ee5:	41 c6 44 08 10 02    	mov    BYTE PTR [r8+rcx*1+0x10],0x2
    7f9f2cf11eeb:	44 3b db             	cmp    r11d,ebx
    7f9f2cf11eee:	0f 83 c8 07 00 00    	jae    0x7f9f2cf126bc
    7f9f2cf11ef4:	49 63 eb             	movsxd rbp,r11d
    7f9f2cf11ef7:	41 c6 44 28 10 02    	mov    BYTE PTR [r8+rbp*1+0x10],0x2
    7f9f2cf11efd:	44 3b ca             	cmp    r9d,edx
    7f9f2cf11f00:	0f 83 2a 08 00 00    	jae    0x7f9f2cf12730
    7f9f2cf11f06:	4c 8b 44 24 30       	mov    r8,QWORD PTR [rsp+0x30]
    7f9f2cf11f0b:	c4 c1 7a 11 4c 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm1
    7f9f2cf11f12:	44 3b cf             	cmp    r9d,edi
    7f9f2cf11f15:	0f 83 89 08 00 00    	jae    0x7f9f2cf127a4
    7f9f2cf11f1b:	4c 8b 44 24 38       	mov    r8,QWORD PTR [rsp+0x38]
    7f9f2cf11f20:	c4 c1 7a 11 44 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm0
    7f9f2cf11f27:	44 3b c8             	cmp    r9d,eax
    7f9f2cf11f2a:	0f 83 e8 08 00 00    	jae    0x7f9f2cf12818
    7f9f2cf11f30:	4c 8b 44 24 40       	mov    r8,QWORD PTR [rsp+0x40]
    7f9f2cf11f35:	c4 41 7a 11 6c 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm13
    7f9f2cf11f3c:	c5 70 57 35 7c 6f a2 	vxorps xmm14,xmm1,XMMWORD PTR [rip+0xffffffffffa26f7c]        # 0x7f9f2c938ec0
    7f9f2cf11f43:	ff 
    7f9f2cf11f44:	44 3b da             	cmp    r11d,edx
    7f9f2cf11f47:	0f 83 3f 09 00 00    	jae    0x7f9f2cf1288c
    7f9f2cf11f4d:	4c 8b 44 24 30       	mov    r8,QWORD PTR [rsp+0x30]
    7f9f2cf11f52:	c4 41 7a 11 74 a8 10 	vmovss DWORD PTR [r8+rbp*4+0x10],xmm14
    7f9f2cf11f59:	c5 f8 57 05 5f 6f a2 	vxorps xmm0,xmm0,XMMWORD PTR [rip+0xffffffffffa26f5f]        # 0x7f9f2c938ec0
    7f9f2cf11f60:	ff 
    7f9f2cf11f61:	44 3b df             	cmp    r11d,edi
    7f9f2cf11f64:	0f 83 92 09 00 00    	jae    0x7f9f2cf128fc
    7f9f2cf11f6a:	4c 8b 44 24 38       	mov    r8,QWORD PTR [rsp+0x38]
    7f9f2cf11f6f:	c4 c1 7a 11 44 a8 10 	vmovss DWORD PTR [r8+rbp*4+0x10],xmm0
    7f9f2cf11f76:	c5 90 57 05 42 6f a2 	vxorps xmm0,xmm13,XMMWORD PTR [rip+0xffffffffffa26f42]        # 0x7f9f2c938ec0
    7f9f2cf11f7d:	ff 
    7f9f2cf11f7e:	44 3b d8             	cmp    r11d,eax
    7f9f2cf11f81:	0f 83 e9 09 00 00    	jae    0x7f9f2cf12970
    7f9f2cf11f87:	4c 8b 5c 24 40       	mov    r11,QWORD PTR [rsp+0x40]
    7f9f2cf11f8c:	c4 c1 7a 11 44 ab 10 	vmovss DWORD PTR [r11+rbp*4+0x10],xmm0
    7f9f2cf11f93:	41 ff c2             	inc    r10d
    7f9f2cf11f96:	44 3b 54 24 58       	cmp    r10d,DWORD PTR [rsp+0x58]
    7f9f2cf11f9b:	0f 8c 2f fe ff ff    	jl     0x7f9f2cf11dd0
    7f9f2cf11fa1:	44 3b 54 24 48       	cmp    r10d,DWORD PTR [rsp+0x48]
    7f9f2cf11fa6:	0f 8d e9 01 00 00    	jge    0x7f9f2cf12195
    7f9f2cf11fac:	4c 8b 5c 24 60       	mov    r11,QWORD PTR [rsp+0x60]
    7f9f2cf11fb1:	4d 85 db             	test   r11,r11
    7f9f2cf11fb4:	0f 84 bf f9 ff ff    	je     0x7f9f2cf11979
    7f9f2cf11fba:	f3 49 0f bc eb       	tzcnt  rbp,r11
    7f9f2cf11fbf:	c4 c2 a0 f3 cb       	blsr   r11,r11
    7f9f2cf11fc4:	4c 89 5c 24 60       	mov    QWORD PTR [rsp+0x60],r11
    7f9f2cf11fc9:	d1 e5                	shl    ebp,1
    7f9f2cf11fcb:	03 6c 24 5c          	add    ebp,DWORD PTR [rsp+0x5c]
    7f9f2cf11fcf:	3b 6c 24 54          	cmp    ebp,DWORD PTR [rsp+0x54]
    7f9f2cf11fd3:	0f 83 b2 04 00 00    	jae    0x7f9f2cf1248b
    7f9f2cf11fd9:	4c 8b 5c 24 20       	mov    r11,QWORD PTR [rsp+0x20]
    7f9f2cf11fde:	45 8b 5c ab 10       	mov    r11d,DWORD PTR [r11+rbp*4+0x10]
    7f9f2cf11fe3:	44 8b cd             	mov    r9d,ebp
    7f9f2cf11fe6:	41 ff c1             	inc    r9d
    7f9f2cf11fe9:	41 c1 eb 02          	shr    r11d,0x2
    7f9f2cf11fed:	44 3b 4c 24 54       	cmp    r9d,DWORD PTR [rsp+0x54]
    7f9f2cf11ff2:	0f 83 fb 04 00 00    	jae    0x7f9f2cf124f3
    7f9f2cf11ff8:	45 8b eb             	mov    r13d,r11d
    7f9f2cf11ffb:	c5 f9 7e d9          	vmovd  ecx,xmm3
    7f9f2cf11fff:	41 d3 ed             	shr    r13d,cl
    7f9f2cf12002:	4c 63 c5             	movsxd r8,ebp
    7f9f2cf12005:	4c 8b 4c 24 20       	mov    r9,QWORD PTR [rsp+0x20]
    7f9f2cf1200a:	43 8b 6c 81 14       	mov    ebp,DWORD PTR [r9+r8*4+0x14]
    7f9f2cf1200f:	c1 ed 02             	shr    ebp,0x2
    7f9f2cf12012:	44 3b ee             	cmp    r13d,esi
    7f9f2cf12015:	0f 83 48 05 00 00    	jae    0x7f9f2cf12563
    7f9f2cf1201b:	44 8b f5             	mov    r14d,ebp
    7f9f2cf1201e:	41 d3 ee             	shr    r14d,cl
    7f9f2cf12021:	c4 41 79 7e d1       	vmovd  r9d,xmm10
    7f9f2cf12026:	45 23 cb             	and    r9d,r11d
    7f9f2cf12029:	4c 8b 5c 24 28       	mov    r11,QWORD PTR [rsp+0x28]
    7f9f2cf1202e:	47 03 4c ab 10       	add    r9d,DWORD PTR [r11+r13*4+0x10]
    7f9f2cf12033:	44 3b f6             	cmp    r14d,esi
    7f9f2cf12036:	0f 83 9b 05 00 00    	jae    0x7f9f2cf125d7
    7f9f2cf1203c:	c4 41 79 7e d3       	vmovd  r11d,xmm10
    7f9f2cf12041:	44 23 dd             	and    r11d,ebp
    7f9f2cf12044:	4c 8b 44 24 28       	mov    r8,QWORD PTR [rsp+0x28]
    7f9f2cf12049:	47 03 5c b0 10       	add    r11d,DWORD PTR [r8+r14*4+0x10]
    7f9f2cf1204e:	45 8b ea             	mov    r13d,r10d
    7f9f2cf12051:	41 d1 e5             	shl    r13d,1
    7f9f2cf12054:	44 3b 6c 24 4c       	cmp    r13d,DWORD PTR [rsp+0x4c]
    7f9f2cf12059:	0f 83 84 09 00 00    	jae    0x7f9f2cf129e3
    7f9f2cf1205f:	4c 8b 44 24 08       	mov    r8,QWORD PTR [rsp+0x8]
    7f9f2cf12064:	c4 01 7b 10 74 e8 10 	vmovsd xmm14,QWORD PTR [r8+r13*8+0x10]
    7f9f2cf1206b:	41 8b ed             	mov    ebp,r13d
    7f9f2cf1206e:	ff c5                	inc    ebp
    7f9f2cf12070:	3b 6c 24 4c          	cmp    ebp,DWORD PTR [rsp+0x4c]
    7f9f2cf12074:	0f 83 da 09 00 00    	jae    0x7f9f2cf12a54
    7f9f2cf1207a:	c4 c1 0b 59 ce       	vmulsd xmm1,xmm14,xmm14
    7f9f2cf1207f:	4d 63 c5             	movsxd r8,r13d
    7f9f2cf12082:	48 8b 6c 24 08       	mov    rbp,QWORD PTR [rsp+0x8]
    7f9f2cf12087:	c4 a1 7b 10 44 c5 18 	vmovsd xmm0,QWORD PTR [rbp+r8*8+0x18]
    7f9f2cf1208e:	c5 7b 59 e8          	vmulsd xmm13,xmm0,xmm0
    7f9f2cf12092:	c5 93 58 c9          	vaddsd xmm1,xmm13,xmm1
    7f9f2cf12096:	c5 1b 5c e9          	vsubsd xmm13,xmm12,xmm1
    7f9f2cf1209a:	c5 f3 59 0d be f7 ff 	vmulsd xmm1,xmm1,QWORD PTR [rip+0xfffffffffffff7be]        # 0x7f9f2cf11860
    7f9f2cf120a1:	ff 
    7f9f2cf120a2:	c5 9b 5c c9          	vsubsd xmm1,xmm12,xmm1
    7f9f2cf120a6:	c4 41 13 51 ed       	vsqrtsd xmm13,xmm13,xmm13
    7f9f2cf120ab:	c5 13 59 2d ad f7 ff 	vmulsd xmm13,xmm13,QWORD PTR [rip+0xfffffffffffff7ad]        # 0x7f9f2cf11860
    7f9f2cf120b2:	ff 
    7f9f2cf120b3:	c4 41 13 59 f6       	vmulsd xmm14,xmm13,xmm14
    7f9f2cf120b8:	c5 93 59 c0          	vmulsd xmm0,xmm13,xmm0
    7f9f2cf120bc:	c5 13 5a e9          	vcvtsd2ss xmm13,xmm13,xmm1
    7f9f2cf120c0:	c5 fb 5a c0          	vcvtsd2ss xmm0,xmm0,xmm0
    7f9f2cf120c4:	c4 c1 73 5a ce       	vcvtsd2ss xmm1,xmm1,xmm14
    7f9f2cf120c9:	44 3b cb             	cmp    r9d,ebx
    7f9f2cf120cc:	0f 83 76 05 00 00    	jae    0x7f9f2cf12648
    7f9f2cf120d2:	49 63 c9             	movsxd rcx,r9d
    7f9f2cf120d5:	4c 8b 04 24          	mov    r8,QWORD PTR [rsp]
    7f9f2cf120d9:	41 c6 44 08 10 02    	mov    BYTE PTR [r8+rcx*1+0x10],0x2
    7f9f2cf120df:	44 3b db             	cmp    r11d,ebx
    7f9f2cf120e2:	0f 83 d4 05 00 00    	jae    0x7f9f2cf126bc
    7f9f2cf120e8:	49 63 eb             	movsxd rbp,r11d
    7f9f2cf120eb:	41 c6 44 28 10 02    	mov    BYTE PTR [r8+rbp*1+0x10],0x2
    7f9f2cf120f1:	44 3b ca             	cmp    r9d,edx
    7f9f2cf120f4:	0f 83 36 06 00 00    	jae    0x7f9f2cf12730
    7f9f2cf120fa:	4c 8b 44 24 30       	mov    r8,QWORD PTR [rsp+0x30]
    7f9f2cf120ff:	c4 c1 7a 11 4c 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm1
    7f9f2cf12106:	44 3b cf             	cmp    r9d,edi
    7f9f2cf12109:	0f 83 95 06 00 00    	jae    0x7f9f2cf127a4
    7f9f2cf1210f:	4c 8b 44 24 38       	mov    r8,QWORD PTR [rsp+0x38]
    7f9f2cf12114:	c4 c1 7a 11 44 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm0
    7f9f2cf1211b:	44 3b c8             	cmp    r9d,eax
    7f9f2cf1211e:	0f 83 f4 06 00 00    	jae    0x7f9f2cf12818
    7f9f2cf12124:	4c 8b 44 24 40       	mov    r8,QWORD PTR [rsp+0x40]
    7f9f2cf12129:	c4 41 7a 11 6c 88 10 	vmovss DWORD PTR [r8+rcx*4+0x10],xmm13
    7f9f2cf12130:	c5 70 57 35 88 6d a2 	vxorps xmm14,xmm1,XMMWORD PTR [rip+0xffffffffffa26d88]        # 0x7f9f2c938ec0
    7f9f2cf12137:	ff 
    7f9f2cf12138:	44 3b da             	cmp    r11d,edx
    7f9f2cf1213b:	0f 83 4b 07 00 00    	jae    0x7f9f2cf1288c
    7f9f2cf12141:	4c 8b 44 24 30       	mov    r8,QWORD PTR [rsp+0x30]
    7f9f2cf12146:	c4 41 7a 11 74 a8 10 	vmovss DWORD PTR [r8+rbp*4+0x10],xmm14
    7f9f2cf1214d:	c5 f8 57 05 6b 6d a2 	vxorps xmm0,xmm0,XMMWORD PTR [rip+0xffffffffffa26d6b]        # 0x7f9f2c938ec0
    7f9f2cf12154:	ff 
    7f9f2cf12155:	44 3b df             	cmp    r11d,edi
    7f9f2cf12158:	0f 83 9e 07 00 00    	jae    0x7f9f2cf128fc
    7f9f2cf1215e:	4c 8b 44 24 38       	mov    r8,QWORD PTR [rsp+0x38]
    7f9f2cf12163:	c4 c1 7a 11 44 a8 10 	vmovss DWORD PTR [r8+rbp*4+0x10],xmm0
    7f9f2cf1216a:	c5 90 57 05 4e 6d a2 	vxorps xmm0,xmm13,XMMWORD PTR [rip+0xffffffffffa26d4e]        # 0x7f9f2c938ec0
    7f9f2cf12171:	ff 
    7f9f2cf12172:	44 3b d8             	cmp    r11d,eax
    7f9f2cf12175:	0f 83 f5 07 00 00    	jae    0x7f9f2cf12970
    7f9f2cf1217b:	4c 8b 5c 24 40       	mov    r11,QWORD PTR [rsp+0x40]
    7f9f2cf12180:	c4 c1 7a 11 44 ab 10 	vmovss DWORD PTR [r11+rbp*4+0x10],xmm0
    7f9f2cf12187:	41 ff c2             	inc    r10d
    7f9f2cf1218a:	44 3b 54 24 48       	cmp    r10d,DWORD PTR [rsp+0x48]
    7f9f2cf1218f:	0f 8c 17 fe ff ff    	jl     0x7f9f2cf11fac
    7f9f2cf12195:	c4 41 79 7e cb       	vmovd  r11d,xmm9
    7f9f2cf1219a:	44 2b 5c 24 48       	sub    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf1219f:	c4 41 79 6e cb       	vmovd  xmm9,r11d
    7f9f2cf121a4:	4d 8b 97 48 03 00 00 	mov    r10,QWORD PTR [r15+0x348]
    7f9f2cf121ab:	41 85 02             	test   DWORD PTR [r10],eax
    7f9f2cf121ae:	45 85 db             	test   r11d,r11d
    7f9f2cf121b1:	0f 8e bd 01 00 00    	jle    0x7f9f2cf12374
    7f9f2cf121b7:	c4 41 79 7e ca       	vmovd  r10d,xmm9
    7f9f2cf121bc:	41 81 fa 00 01 00 00 	cmp    r10d,0x100
    7f9f2cf121c3:	41 bb 00 01 00 00    	mov    r11d,0x100
    7f9f2cf121c9:	45 0f 4d d3          	cmovge r10d,r11d
    7f9f2cf121cd:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf121d2:	45 85 d2             	test   r10d,r10d
    7f9f2cf121d5:	7e be                	jle    0x7f9f2cf12195
    7f9f2cf121d7:	c4 41 79 7e fb       	vmovd  r11d,xmm15
    7f9f2cf121dc:	47 8b 54 dc 0c       	mov    r10d,DWORD PTR [r12+r11*8+0xc]
    7f9f2cf121e1:	44 89 54 24 4c       	mov    DWORD PTR [rsp+0x4c],r10d
    7f9f2cf121e6:	45 33 db             	xor    r11d,r11d
    7f9f2cf121e9:	45 33 c0             	xor    r8d,r8d
    7f9f2cf121ec:	eb 08                	jmp    0x7f9f2cf121f6
    7f9f2cf121ee:	66 90                	xchg   ax,ax
    7f9f2cf121f0:	45 8b d8             	mov    r11d,r8d
    7f9f2cf121f3:	41 d1 e3             	shl    r11d,1
    7f9f2cf121f6:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7f9f2cf121fb:	49 b9 15 7c 4a 7f b9 	movabs r9,0x9e3779b97f4a7c15
    7f9f2cf12202:	79 37 9e 
    7f9f2cf12205:	4d 03 d1             	add    r10,r9
    7f9f2cf12208:	4c 89 54 24 10       	mov    QWORD PTR [rsp+0x10],r10
    7f9f2cf1220d:	4d 8b ca             	mov    r9,r10
    7f9f2cf12210:	49 c1 e9 1e          	shr    r9,0x1e
    7f9f2cf12214:	4d 33 ca             	xor    r9,r10
    7f9f2cf12217:	49 ba b9 e5 e4 1c 6d 	movabs r10,0xbf58476d1ce4e5b9
    7f9f2cf1221e:	47 58 bf 
    7f9f2cf12221:	4d 0f af ca          	imul   r9,r10
    7f9f2cf12225:	4d 8b d1             	mov    r10,r9
    7f9f2cf12228:	49 c1 ea 1b          	shr    r10,0x1b
    7f9f2cf1222c:	4d 33 d1             	xor    r10,r9
    7f9f2cf1222f:	49 b9 eb 11 31 13 bb 	movabs r9,0x94d049bb133111eb
    7f9f2cf12236:	49 d0 94 
    7f9f2cf12239:	4d 0f af d1          	imul   r10,r9
    7f9f2cf1223d:	4d 8b ca             	mov    r9,r10
    7f9f2cf12240:	49 c1 e9 1f          	shr    r9,0x1f
    7f9f2cf12244:	4d 33 ca             	xor    r9,r10
    7f9f2cf12247:	45 8b d1             	mov    r10d,r9d
    7f9f2cf1224a:	49 c1 e9 20          	shr    r9,0x20
    7f9f2cf1224e:	c4 c1 79 6e c2       	vmovd  xmm0,r10d
    7f9f2cf12253:	c5 fa e6 c0          	vcvtdq2pd xmm0,xmm0
    7f9f2cf12257:	c5 fb 59 0d 09 f6 ff 	vmulsd xmm1,xmm0,QWORD PTR [rip+0xfffffffffffff609]        # 0x7f9f2cf11868
    7f9f2cf1225e:	ff 
    7f9f2cf1225f:	45 8b c9             	mov    r9d,r9d
    7f9f2cf12262:	c4 c1 79 6e c1       	vmovd  xmm0,r9d
    7f9f2cf12267:	c5 fa e6 c0          	vcvtdq2pd xmm0,xmm0
    7f9f2cf1226b:	c5 fb 59 05 f5 f5 ff 	vmulsd xmm0,xmm0,QWORD PTR [rip+0xfffffffffffff5f5]        # 0x7f9f2cf11868
    7f9f2cf12272:	ff 
    7f9f2cf12273:	44 3b 5c 24 4c       	cmp    r11d,DWORD PTR [rsp+0x4c]
    7f9f2cf12278:	0f 83 0c 01 00 00    	jae    0x7f9f2cf1238a
    7f9f2cf1227e:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f9f2cf12283:	c4 81 7b 11 44 da 10 	vmovsd QWORD PTR [r10+r11*8+0x10],xmm0
    7f9f2cf1228a:	45 8b d3             	mov    r10d,r11d
    7f9f2cf1228d:	41 ff c2             	inc    r10d
    7f9f2cf12290:	44 3b 54 24 4c       	cmp    r10d,DWORD PTR [rsp+0x4c]
    7f9f2cf12295:	0f 83 6d 01 00 00    	jae    0x7f9f2cf12408
    7f9f2cf1229b:	4d 8b 8f 48 03 00 00 	mov    r9,QWORD PTR [r15+0x348]
    7f9f2cf122a2:	c5 73 59 e9          	vmulsd xmm13,xmm1,xmm1
    7f9f2cf122a6:	c5 fb 59 c0          	vmulsd xmm0,xmm0,xmm0
    7f9f2cf122aa:	c4 c1 7b 58 c5       	vaddsd xmm0,xmm0,xmm13
    7f9f2cf122af:	c5 fb 5c 05 b9 f5 ff 	vsubsd xmm0,xmm0,QWORD PTR [rip+0xfffffffffffff5b9]        # 0x7f9f2cf11870
    7f9f2cf122b6:	ff 
    7f9f2cf122b7:	c4 e1 f9 7e c1       	vmovq  rcx,xmm0
    7f9f2cf122bc:	4d 63 d3             	movsxd r10,r11d
    7f9f2cf122bf:	4c 8b 5c 24 08       	mov    r11,QWORD PTR [rsp+0x8]
    7f9f2cf122c4:	c4 81 7b 11 4c d3 18 	vmovsd QWORD PTR [r11+r10*8+0x18],xmm1
    7f9f2cf122cb:	48 c1 e9 3f          	shr    rcx,0x3f
    7f9f2cf122cf:	44 8b d1             	mov    r10d,ecx
    7f9f2cf122d2:	45 03 c2             	add    r8d,r10d
    7f9f2cf122d5:	41 85 01             	test   DWORD PTR [r9],eax
    7f9f2cf122d8:	44 3b 44 24 48       	cmp    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf122dd:	0f 8c 0d ff ff ff    	jl     0x7f9f2cf121f0
    7f9f2cf122e3:	c4 41 79 7e c2       	vmovd  r10d,xmm8
    7f9f2cf122e8:	47 8b 54 d4 0c       	mov    r10d,DWORD PTR [r12+r10*8+0xc]
    7f9f2cf122ed:	44 89 54 24 50       	mov    DWORD PTR [rsp+0x50],r10d
    7f9f2cf122f2:	c4 c1 79 7e eb       	vmovd  r11d,xmm5
    7f9f2cf122f7:	47 8b 54 dc 0c       	mov    r10d,DWORD PTR [r12+r11*8+0xc]
    7f9f2cf122fc:	44 89 54 24 54       	mov    DWORD PTR [rsp+0x54],r10d
    7f9f2cf12301:	c4 c1 79 7e d2       	vmovd  r10d,xmm2
    7f9f2cf12306:	43 8b 74 d4 0c       	mov    esi,DWORD PTR [r12+r10*8+0xc]
    7f9f2cf1230b:	c4 c1 79 7e e3       	vmovd  r11d,xmm4
    7f9f2cf12310:	43 8b 5c dc 0c       	mov    ebx,DWORD PTR [r12+r11*8+0xc]
    7f9f2cf12315:	c4 c1 79 7e fb       	vmovd  r11d,xmm7
    7f9f2cf1231a:	43 8b 54 dc 0c       	mov    edx,DWORD PTR [r12+r11*8+0xc]
    7f9f2cf1231f:	c4 41 79 7e da       	vmovd  r10d,xmm11
    7f9f2cf12324:	43 8b 7c d4 0c       	mov    edi,DWORD PTR [r12+r10*8+0xc]
    7f9f2cf12329:	c4 c1 79 7e f3       	vmovd  r11d,xmm6
    7f9f2cf1232e:	43 8b 44 dc 0c       	mov    eax,DWORD PTR [r12+r11*8+0xc]
    7f9f2cf12333:	4c 63 5c 24 4c       	movsxd r11,DWORD PTR [rsp+0x4c]
    7f9f2cf12338:	4c 63 44 24 48       	movsxd r8,DWORD PTR [rsp+0x48]
    7f9f2cf1233d:	4d 8b d3             	mov    r10,r11
    7f9f2cf12340:	49 d1 fa             	sar    r10,1
    7f9f2cf12343:	4d 3b d0             	cmp    r10,r8
    7f9f2cf12346:	4d 0f 4c c2          	cmovl  r8,r10
    7f9f2cf1234a:	4d 8b d3             	mov    r10,r11
    7f9f2cf1234d:	49 ff ca             	dec    r10
    7f9f2cf12350:	49 c1 ea 3f          	shr    r10,0x3f
    7f9f2cf12354:	4d 03 d3             	add    r10,r11
    7f9f2cf12357:	49 ff ca             	dec    r10
    7f9f2cf1235a:	49 d1 fa             	sar    r10,1
    7f9f2cf1235d:	4d 3b d0             	cmp    r10,r8
    7f9f2cf12360:	4d 0f 4c c2          	cmovl  r8,r10
    7f9f2cf12364:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12367:	44 89 54 24 58       	mov    DWORD PTR [rsp+0x58],r10d
    7f9f2cf1236c:	45 33 c0             	xor    r8d,r8d
    7f9f2cf1236f:	e9 3e f6 ff ff       	jmp    0x7f9f2cf119b2
    7f9f2cf12374:	48 81 c4 80 00 00 00 	add    rsp,0x80
    7f9f2cf1237b:	5d                   	pop    rbp
    7f9f2cf1237c:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
    7f9f2cf12383:	0f 87 c3 09 00 00    	ja     0x7f9f2cf12d4c
    7f9f2cf12389:	c3                   	ret
    7f9f2cf1238a:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf1238f:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12393:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7f9f2cf12398:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f9f2cf1239c:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf123a2:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf123a8:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf123ae:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf123b4:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf123ba:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf123c0:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf123c6:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf123cc:	4c 8b 54 24 60       	mov    r10,QWORD PTR [rsp+0x60]
    7f9f2cf123d1:	4c 89 54 24 30       	mov    QWORD PTR [rsp+0x30],r10
    7f9f2cf123d6:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf123dc:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7f9f2cf123e1:	44 89 54 24 38       	mov    DWORD PTR [rsp+0x38],r10d
    7f9f2cf123e6:	44 89 44 24 3c       	mov    DWORD PTR [rsp+0x3c],r8d
    7f9f2cf123eb:	c5 fb 11 4c 24 48    	vmovsd QWORD PTR [rsp+0x48],xmm1
    7f9f2cf123f1:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf123f6:	c5 fb 11 44 24 58    	vmovsd QWORD PTR [rsp+0x58],xmm0
    7f9f2cf123fc:	c5 7a 11 7c 24 60    	vmovss DWORD PTR [rsp+0x60],xmm15
    7f9f2cf12402:	90                   	nop
    7f9f2cf12403:	e8 f8 be a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12408:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf1240d:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12411:	4c 8b 5c 24 10       	mov    r11,QWORD PTR [rsp+0x10]
    7f9f2cf12416:	4c 89 1c 24          	mov    QWORD PTR [rsp],r11
    7f9f2cf1241a:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf12420:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12426:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf1242c:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12432:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12438:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf1243e:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12444:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf1244a:	4c 8b 5c 24 60       	mov    r11,QWORD PTR [rsp+0x60]
    7f9f2cf1244f:	4c 89 5c 24 30       	mov    QWORD PTR [rsp+0x30],r11
    7f9f2cf12454:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf1245a:	44 8b 4c 24 48       	mov    r9d,DWORD PTR [rsp+0x48]
    7f9f2cf1245f:	44 89 4c 24 38       	mov    DWORD PTR [rsp+0x38],r9d
    7f9f2cf12464:	44 89 44 24 3c       	mov    DWORD PTR [rsp+0x3c],r8d
    7f9f2cf12469:	c5 fb 11 44 24 40    	vmovsd QWORD PTR [rsp+0x40],xmm0
    7f9f2cf1246f:	44 89 54 24 50       	mov    DWORD PTR [rsp+0x50],r10d
    7f9f2cf12474:	c5 fb 11 4c 24 58    	vmovsd QWORD PTR [rsp+0x58],xmm1
    7f9f2cf1247a:	c5 7a 11 7c 24 60    	vmovss DWORD PTR [rsp+0x60],xmm15
    7f9f2cf12480:	66 66 90             	data16 xchg ax,ax
    7f9f2cf12483:	e8 78 be a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12488:	45 8b d0             	mov    r10d,r8d
    7f9f2cf1248b:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12490:	c5 fa 11 1c 24       	vmovss DWORD PTR [rsp],xmm3
    7f9f2cf12495:	4c 8b 5c 24 10       	mov    r11,QWORD PTR [rsp+0x10]
    7f9f2cf1249a:	4c 89 5c 24 08       	mov    QWORD PTR [rsp+0x8],r11
    7f9f2cf1249f:	c5 fa 11 54 24 04    	vmovss DWORD PTR [rsp+0x4],xmm2
    7f9f2cf124a5:	c5 7a 11 54 24 10    	vmovss DWORD PTR [rsp+0x10],xmm10
    7f9f2cf124ab:	c5 7a 11 44 24 18    	vmovss DWORD PTR [rsp+0x18],xmm8
    7f9f2cf124b1:	c5 fa 11 64 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm4
    7f9f2cf124b7:	c5 fa 11 7c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm7
    7f9f2cf124bd:	c5 7a 11 5c 24 24    	vmovss DWORD PTR [rsp+0x24],xmm11
    7f9f2cf124c3:	c5 fa 11 74 24 28    	vmovss DWORD PTR [rsp+0x28],xmm6
    7f9f2cf124c9:	c5 7a 11 4c 24 38    	vmovss DWORD PTR [rsp+0x38],xmm9
    7f9f2cf124cf:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf124d4:	44 89 5c 24 3c       	mov    DWORD PTR [rsp+0x3c],r11d
    7f9f2cf124d9:	44 89 54 24 40       	mov    DWORD PTR [rsp+0x40],r10d
    7f9f2cf124de:	c5 fa 11 6c 24 44    	vmovss DWORD PTR [rsp+0x44],xmm5
    7f9f2cf124e4:	c5 7a 11 7c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm15
    7f9f2cf124ea:	90                   	nop
    7f9f2cf124eb:	e8 10 be a7 ff       	call   0x7f9f2c98e300
    7f9f2cf124f0:	45 8b d0             	mov    r10d,r8d
    7f9f2cf124f3:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf124f8:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf124fc:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf12501:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
    7f9f2cf12505:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf1250b:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12511:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12517:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf1251d:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12523:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12529:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf1252f:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12535:	8b 4c 24 48          	mov    ecx,DWORD PTR [rsp+0x48]
    7f9f2cf12539:	89 4c 24 38          	mov    DWORD PTR [rsp+0x38],ecx
    7f9f2cf1253d:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7f9f2cf12542:	44 89 5c 24 40       	mov    DWORD PTR [rsp+0x40],r11d
    7f9f2cf12547:	c5 fa 11 6c 24 44    	vmovss DWORD PTR [rsp+0x44],xmm5
    7f9f2cf1254d:	44 89 4c 24 48       	mov    DWORD PTR [rsp+0x48],r9d
    7f9f2cf12552:	c5 7a 11 7c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm15
    7f9f2cf12558:	66 66 90             	data16 xchg ax,ax
    7f9f2cf1255b:	e8 a0 bd a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12560:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12563:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12568:	c5 fa 11 1c 24       	vmovss DWORD PTR [rsp],xmm3
    7f9f2cf1256d:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf12572:	4c 89 44 24 08       	mov    QWORD PTR [rsp+0x8],r8
    7f9f2cf12577:	c5 7a 11 54 24 10    	vmovss DWORD PTR [rsp+0x10],xmm10
    7f9f2cf1257d:	c5 fa 11 6c 24 14    	vmovss DWORD PTR [rsp+0x14],xmm5
    7f9f2cf12583:	c5 7a 11 44 24 18    	vmovss DWORD PTR [rsp+0x18],xmm8
    7f9f2cf12589:	c5 fa 11 64 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm4
    7f9f2cf1258f:	c5 fa 11 7c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm7
    7f9f2cf12595:	c5 7a 11 5c 24 24    	vmovss DWORD PTR [rsp+0x24],xmm11
    7f9f2cf1259b:	c5 fa 11 74 24 28    	vmovss DWORD PTR [rsp+0x28],xmm6
    7f9f2cf125a1:	c5 7a 11 4c 24 38    	vmovss DWORD PTR [rsp+0x38],xmm9
    7f9f2cf125a7:	44 8b 4c 24 48       	mov    r9d,DWORD PTR [rsp+0x48]
    7f9f2cf125ac:	44 89 4c 24 3c       	mov    DWORD PTR [rsp+0x3c],r9d
    7f9f2cf125b1:	44 89 54 24 40       	mov    DWORD PTR [rsp+0x40],r10d
    7f9f2cf125b6:	44 89 5c 24 44       	mov    DWORD PTR [rsp+0x44],r11d
    7f9f2cf125bb:	c5 fa 11 54 24 48    	vmovss DWORD PTR [rsp+0x48],xmm2
    7f9f2cf125c1:	44 89 6c 24 4c       	mov    DWORD PTR [rsp+0x4c],r13d
    7f9f2cf125c6:	c5 7a 11 7c 24 50    	vmovss DWORD PTR [rsp+0x50],xmm15
    7f9f2cf125cc:	66 66 90             	data16 xchg ax,ax
    7f9f2cf125cf:	e8 2c bd a7 ff       	call   0x7f9f2c98e300
    7f9f2cf125d4:	45 8b d0             	mov    r10d,r8d
    7f9f2cf125d7:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf125dc:	c5 fa 11 1c 24       	vmovss DWORD PTR [rsp],xmm3
    7f9f2cf125e1:	4c 8b 5c 24 10       	mov    r11,QWORD PTR [rsp+0x10]
    7f9f2cf125e6:	4c 89 5c 24 08       	mov    QWORD PTR [rsp+0x8],r11
    7f9f2cf125eb:	c5 7a 11 54 24 10    	vmovss DWORD PTR [rsp+0x10],xmm10
    7f9f2cf125f1:	c5 fa 11 6c 24 14    	vmovss DWORD PTR [rsp+0x14],xmm5
    7f9f2cf125f7:	c5 7a 11 44 24 18    	vmovss DWORD PTR [rsp+0x18],xmm8
    7f9f2cf125fd:	c5 fa 11 64 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm4
    7f9f2cf12603:	c5 fa 11 7c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm7
    7f9f2cf12609:	c5 7a 11 5c 24 24    	vmovss DWORD PTR [rsp+0x24],xmm11
    7f9f2cf1260f:	c5 fa 11 74 24 28    	vmovss DWORD PTR [rsp+0x28],xmm6
    7f9f2cf12615:	c5 7a 11 4c 24 38    	vmovss DWORD PTR [rsp+0x38],xmm9
    7f9f2cf1261b:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf12620:	44 89 5c 24 3c       	mov    DWORD PTR [rsp+0x3c],r11d
    7f9f2cf12625:	44 89 54 24 40       	mov    DWORD PTR [rsp+0x40],r10d
    7f9f2cf1262a:	44 89 4c 24 44       	mov    DWORD PTR [rsp+0x44],r9d
    7f9f2cf1262f:	c5 fa 11 54 24 48    	vmovss DWORD PTR [rsp+0x48],xmm2
    7f9f2cf12635:	44 89 74 24 4c       	mov    DWORD PTR [rsp+0x4c],r14d
    7f9f2cf1263a:	c5 7a 11 7c 24 50    	vmovss DWORD PTR [rsp+0x50],xmm15
    7f9f2cf12640:	66 66 90             	data16 xchg ax,ax
    7f9f2cf12643:	e8 b8 bc a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12648:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf1264e:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12653:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12657:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf1265c:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf12662:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf12668:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf1266e:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf12674:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf1267a:	c5 fa 11 7c 24 28    	vmovss DWORD PTR [rsp+0x28],xmm7
    7f9f2cf12680:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf12686:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf1268c:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf12692:	44 8b 44 24 48       	mov    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf12697:	44 89 44 24 44       	mov    DWORD PTR [rsp+0x44],r8d
    7f9f2cf1269c:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf126a1:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf126a6:	c5 fa 11 64 24 54    	vmovss DWORD PTR [rsp+0x54],xmm4
    7f9f2cf126ac:	44 89 4c 24 58       	mov    DWORD PTR [rsp+0x58],r9d
    7f9f2cf126b1:	c5 7a 11 7c 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm15
    7f9f2cf126b7:	e8 44 bc a7 ff       	call   0x7f9f2c98e300
    7f9f2cf126bc:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf126c2:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf126c7:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf126cb:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf126d0:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf126d6:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf126dc:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf126e2:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf126e8:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf126ee:	c5 fa 11 7c 24 28    	vmovss DWORD PTR [rsp+0x28],xmm7
    7f9f2cf126f4:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf126fa:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf12700:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf12706:	8b 4c 24 48          	mov    ecx,DWORD PTR [rsp+0x48]
    7f9f2cf1270a:	89 4c 24 44          	mov    DWORD PTR [rsp+0x44],ecx
    7f9f2cf1270e:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf12713:	44 89 4c 24 4c       	mov    DWORD PTR [rsp+0x4c],r9d
    7f9f2cf12718:	c5 fa 11 64 24 54    	vmovss DWORD PTR [rsp+0x54],xmm4
    7f9f2cf1271e:	44 89 5c 24 58       	mov    DWORD PTR [rsp+0x58],r11d
    7f9f2cf12723:	c5 7a 11 7c 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm15
    7f9f2cf12729:	66 90                	xchg   ax,ax
    7f9f2cf1272b:	e8 d0 bb a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12730:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf12736:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf1273b:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf1273f:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12744:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf1274a:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf12750:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf12756:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf1275c:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf12762:	c5 fa 11 64 24 24    	vmovss DWORD PTR [rsp+0x24],xmm4
    7f9f2cf12768:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf1276e:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf12774:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf1277a:	44 8b 44 24 48       	mov    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf1277f:	44 89 44 24 44       	mov    DWORD PTR [rsp+0x44],r8d
    7f9f2cf12784:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf12789:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf1278e:	c5 fa 11 7c 24 54    	vmovss DWORD PTR [rsp+0x54],xmm7
    7f9f2cf12794:	44 89 4c 24 58       	mov    DWORD PTR [rsp+0x58],r9d
    7f9f2cf12799:	c5 7a 11 7c 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm15
    7f9f2cf1279f:	e8 5c bb a7 ff       	call   0x7f9f2c98e300
    7f9f2cf127a4:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf127aa:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf127af:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf127b3:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf127b8:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf127be:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf127c4:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf127ca:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf127d0:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf127d6:	c5 fa 11 64 24 24    	vmovss DWORD PTR [rsp+0x24],xmm4
    7f9f2cf127dc:	c5 fa 11 7c 24 28    	vmovss DWORD PTR [rsp+0x28],xmm7
    7f9f2cf127e2:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf127e8:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf127ee:	8b 4c 24 48          	mov    ecx,DWORD PTR [rsp+0x48]
    7f9f2cf127f2:	89 4c 24 44          	mov    DWORD PTR [rsp+0x44],ecx
    7f9f2cf127f6:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf127fb:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf12800:	c5 7a 11 5c 24 54    	vmovss DWORD PTR [rsp+0x54],xmm11
    7f9f2cf12806:	44 89 4c 24 58       	mov    DWORD PTR [rsp+0x58],r9d
    7f9f2cf1280b:	c5 7a 11 7c 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm15
    7f9f2cf12811:	66 90                	xchg   ax,ax
    7f9f2cf12813:	e8 e8 ba a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12818:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf1281e:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12823:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12827:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf1282c:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf12832:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf12838:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf1283e:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf12844:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf1284a:	c5 fa 11 64 24 24    	vmovss DWORD PTR [rsp+0x24],xmm4
    7f9f2cf12850:	c5 fa 11 7c 24 28    	vmovss DWORD PTR [rsp+0x28],xmm7
    7f9f2cf12856:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf1285c:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf12862:	8b 4c 24 48          	mov    ecx,DWORD PTR [rsp+0x48]
    7f9f2cf12866:	89 4c 24 44          	mov    DWORD PTR [rsp+0x44],ecx
    7f9f2cf1286a:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf1286f:	44 89 5c 24 4c       	mov    DWORD PTR [rsp+0x4c],r11d
    7f9f2cf12874:	c5 fa 11 74 24 50    	vmovss DWORD PTR [rsp+0x50],xmm6
    7f9f2cf1287a:	44 89 4c 24 54       	mov    DWORD PTR [rsp+0x54],r9d
    7f9f2cf1287f:	c5 7a 11 7c 24 58    	vmovss DWORD PTR [rsp+0x58],xmm15
    7f9f2cf12885:	66 90                	xchg   ax,ax
    7f9f2cf12887:	e8 74 ba a7 ff       	call   0x7f9f2c98e300
    7f9f2cf1288c:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12892:	c5 7a 11 2c 24       	vmovss DWORD PTR [rsp],xmm13
    7f9f2cf12897:	c5 f9 7e c5          	vmovd  ebp,xmm0
    7f9f2cf1289b:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf128a0:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf128a6:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf128ac:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf128b2:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf128b8:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf128be:	c5 fa 11 64 24 24    	vmovss DWORD PTR [rsp+0x24],xmm4
    7f9f2cf128c4:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf128ca:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf128d0:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf128d6:	44 8b 44 24 48       	mov    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf128db:	44 89 44 24 44       	mov    DWORD PTR [rsp+0x44],r8d
    7f9f2cf128e0:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf128e5:	c5 fa 11 7c 24 50    	vmovss DWORD PTR [rsp+0x50],xmm7
    7f9f2cf128eb:	44 89 5c 24 54       	mov    DWORD PTR [rsp+0x54],r11d
    7f9f2cf128f0:	c5 7a 11 7c 24 58    	vmovss DWORD PTR [rsp+0x58],xmm15
    7f9f2cf128f6:	90                   	nop
    7f9f2cf128f7:	e8 04 ba a7 ff       	call   0x7f9f2c98e300
    7f9f2cf128fc:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12901:	c5 79 7e ed          	vmovd  ebp,xmm13
    7f9f2cf12905:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf1290a:	c5 fa 11 5c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm3
    7f9f2cf12910:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf12915:	4c 89 44 24 08       	mov    QWORD PTR [rsp+0x8],r8
    7f9f2cf1291a:	c5 fa 11 54 24 10    	vmovss DWORD PTR [rsp+0x10],xmm2
    7f9f2cf12920:	c5 7a 11 54 24 14    	vmovss DWORD PTR [rsp+0x14],xmm10
    7f9f2cf12926:	c5 fa 11 6c 24 18    	vmovss DWORD PTR [rsp+0x18],xmm5
    7f9f2cf1292c:	c5 7a 11 44 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm8
    7f9f2cf12932:	c5 fa 11 64 24 20    	vmovss DWORD PTR [rsp+0x20],xmm4
    7f9f2cf12938:	c5 fa 11 7c 24 24    	vmovss DWORD PTR [rsp+0x24],xmm7
    7f9f2cf1293e:	c5 fa 11 74 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm6
    7f9f2cf12944:	c5 7a 11 4c 24 34    	vmovss DWORD PTR [rsp+0x34],xmm9
    7f9f2cf1294a:	44 8b 4c 24 48       	mov    r9d,DWORD PTR [rsp+0x48]
    7f9f2cf1294f:	44 89 4c 24 40       	mov    DWORD PTR [rsp+0x40],r9d
    7f9f2cf12954:	44 89 54 24 44       	mov    DWORD PTR [rsp+0x44],r10d
    7f9f2cf12959:	c5 7a 11 5c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm11
    7f9f2cf1295f:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf12964:	c5 7a 11 7c 24 54    	vmovss DWORD PTR [rsp+0x54],xmm15
    7f9f2cf1296a:	90                   	nop
    7f9f2cf1296b:	e8 90 b9 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12970:	c5 f9 7e c5          	vmovd  ebp,xmm0
    7f9f2cf12974:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12979:	c5 fa 11 1c 24       	vmovss DWORD PTR [rsp],xmm3
    7f9f2cf1297e:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf12983:	4c 89 44 24 08       	mov    QWORD PTR [rsp+0x8],r8
    7f9f2cf12988:	c5 fa 11 54 24 04    	vmovss DWORD PTR [rsp+0x4],xmm2
    7f9f2cf1298e:	c5 7a 11 54 24 10    	vmovss DWORD PTR [rsp+0x10],xmm10
    7f9f2cf12994:	c5 fa 11 6c 24 14    	vmovss DWORD PTR [rsp+0x14],xmm5
    7f9f2cf1299a:	c5 7a 11 44 24 18    	vmovss DWORD PTR [rsp+0x18],xmm8
    7f9f2cf129a0:	c5 fa 11 64 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm4
    7f9f2cf129a6:	c5 fa 11 7c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm7
    7f9f2cf129ac:	c5 7a 11 5c 24 24    	vmovss DWORD PTR [rsp+0x24],xmm11
    7f9f2cf129b2:	c5 7a 11 4c 24 38    	vmovss DWORD PTR [rsp+0x38],xmm9
    7f9f2cf129b8:	44 8b 4c 24 48       	mov    r9d,DWORD PTR [rsp+0x48]
    7f9f2cf129bd:	44 89 4c 24 3c       	mov    DWORD PTR [rsp+0x3c],r9d
    7f9f2cf129c2:	44 89 54 24 40       	mov    DWORD PTR [rsp+0x40],r10d
    7f9f2cf129c7:	c5 fa 11 74 24 44    	vmovss DWORD PTR [rsp+0x44],xmm6
    7f9f2cf129cd:	44 89 5c 24 48       	mov    DWORD PTR [rsp+0x48],r11d
    7f9f2cf129d2:	c5 7a 11 7c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm15
    7f9f2cf129d8:	66 66 90             	data16 xchg ax,ax
    7f9f2cf129db:	e8 20 b9 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf129e0:	45 8b d0             	mov    r10d,r8d
    7f9f2cf129e3:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf129e8:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf129ec:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf129f1:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
    7f9f2cf129f5:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf129fb:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12a01:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf12a07:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12a0d:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12a13:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12a19:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12a1f:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf12a25:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12a2b:	44 8b 44 24 48       	mov    r8d,DWORD PTR [rsp+0x48]
    7f9f2cf12a30:	44 89 44 24 38       	mov    DWORD PTR [rsp+0x38],r8d
    7f9f2cf12a35:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7f9f2cf12a3a:	44 89 4c 24 40       	mov    DWORD PTR [rsp+0x40],r9d
    7f9f2cf12a3f:	44 89 5c 24 44       	mov    DWORD PTR [rsp+0x44],r11d
    7f9f2cf12a44:	44 89 6c 24 48       	mov    DWORD PTR [rsp+0x48],r13d
    7f9f2cf12a49:	c5 7a 11 7c 24 50    	vmovss DWORD PTR [rsp+0x50],xmm15
    7f9f2cf12a4f:	e8 ac b8 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12a54:	c5 7b 11 34 24       	vmovsd QWORD PTR [rsp],xmm14
    7f9f2cf12a59:	eb 08                	jmp    0x7f9f2cf12a63
    7f9f2cf12a5b:	c5 fb 11 0c 24       	vmovsd QWORD PTR [rsp],xmm1
    7f9f2cf12a60:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12a63:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12a68:	c5 fa 11 5c 24 08    	vmovss DWORD PTR [rsp+0x8],xmm3
    7f9f2cf12a6e:	c5 fa 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm2
    7f9f2cf12a74:	c5 7a 11 54 24 18    	vmovss DWORD PTR [rsp+0x18],xmm10
    7f9f2cf12a7a:	c5 fa 11 6c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm5
    7f9f2cf12a80:	c5 7a 11 44 24 20    	vmovss DWORD PTR [rsp+0x20],xmm8
    7f9f2cf12a86:	c5 fa 11 64 24 24    	vmovss DWORD PTR [rsp+0x24],xmm4
    7f9f2cf12a8c:	c5 fa 11 7c 24 28    	vmovss DWORD PTR [rsp+0x28],xmm7
    7f9f2cf12a92:	c5 7a 11 5c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm11
    7f9f2cf12a98:	c5 fa 11 74 24 30    	vmovss DWORD PTR [rsp+0x30],xmm6
    7f9f2cf12a9e:	c5 7a 11 4c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm9
    7f9f2cf12aa4:	8b 4c 24 48          	mov    ecx,DWORD PTR [rsp+0x48]
    7f9f2cf12aa8:	89 4c 24 44          	mov    DWORD PTR [rsp+0x44],ecx
    7f9f2cf12aac:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f9f2cf12ab1:	44 89 4c 24 4c       	mov    DWORD PTR [rsp+0x4c],r9d
    7f9f2cf12ab6:	44 89 5c 24 50       	mov    DWORD PTR [rsp+0x50],r11d
    7f9f2cf12abb:	c5 7a 11 7c 24 58    	vmovss DWORD PTR [rsp+0x58],xmm15
    7f9f2cf12ac1:	66 90                	xchg   ax,ax
    7f9f2cf12ac3:	e8 38 b8 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12ac8:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f9f2cf12acd:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12ad1:	4c 8b 44 24 10       	mov    r8,QWORD PTR [rsp+0x10]
    7f9f2cf12ad6:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
    7f9f2cf12ada:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf12ae0:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12ae6:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf12aec:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12af2:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12af8:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12afe:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf12b04:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12b0a:	44 89 54 24 34       	mov    DWORD PTR [rsp+0x34],r10d
    7f9f2cf12b0f:	c5 7a 11 44 24 38    	vmovss DWORD PTR [rsp+0x38],xmm8
    7f9f2cf12b15:	44 89 5c 24 3c       	mov    DWORD PTR [rsp+0x3c],r11d
    7f9f2cf12b1a:	c5 7a 11 7c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm15
    7f9f2cf12b20:	66 66 90             	data16 xchg ax,ax
    7f9f2cf12b23:	e8 d8 b7 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12b28:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12b2e:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12b33:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12b37:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12b3a:	e9 18 fb ff ff       	jmp    0x7f9f2cf12657
    7f9f2cf12b3f:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12b45:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12b4a:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12b4e:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12b51:	e9 75 fb ff ff       	jmp    0x7f9f2cf126cb
    7f9f2cf12b56:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12b5c:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12b61:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12b65:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12b68:	e9 d2 fb ff ff       	jmp    0x7f9f2cf1273f
    7f9f2cf12b6d:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12b73:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12b78:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12b7c:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12b7f:	e9 2f fc ff ff       	jmp    0x7f9f2cf127b3
    7f9f2cf12b84:	c5 7a 11 74 24 04    	vmovss DWORD PTR [rsp+0x4],xmm14
    7f9f2cf12b8a:	c5 fa 11 04 24       	vmovss DWORD PTR [rsp],xmm0
    7f9f2cf12b8f:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12b93:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12b96:	e9 8c fc ff ff       	jmp    0x7f9f2cf12827
    7f9f2cf12b9b:	c5 7a 11 6c 24 04    	vmovss DWORD PTR [rsp+0x4],xmm13
    7f9f2cf12ba1:	c5 7a 11 34 24       	vmovss DWORD PTR [rsp],xmm14
    7f9f2cf12ba6:	c5 f9 7e c5          	vmovd  ebp,xmm0
    7f9f2cf12baa:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12bad:	e9 e9 fc ff ff       	jmp    0x7f9f2cf1289b
    7f9f2cf12bb2:	c5 fa 11 0c 24       	vmovss DWORD PTR [rsp],xmm1
    7f9f2cf12bb7:	c5 79 7e f5          	vmovd  ebp,xmm14
    7f9f2cf12bbb:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12bbe:	e9 42 fd ff ff       	jmp    0x7f9f2cf12905
    7f9f2cf12bc3:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f9f2cf12bc7:	45 8b d0             	mov    r10d,r8d
    7f9f2cf12bca:	e9 a5 fd ff ff       	jmp    0x7f9f2cf12974
    7f9f2cf12bcf:	be 45 ff ff ff       	mov    esi,0xffffff45
    7f9f2cf12bd4:	89 0c 24             	mov    DWORD PTR [rsp],ecx
    7f9f2cf12bd7:	48 ff 74 24 10       	rex.W push QWORD PTR [rsp+0x10]
    7f9f2cf12bdc:	48 8f 44 24 08       	rex.W pop QWORD PTR [rsp+0x8]
    7f9f2cf12be1:	44 89 5c 24 04       	mov    DWORD PTR [rsp+0x4],r11d
    7f9f2cf12be6:	89 54 24 10          	mov    DWORD PTR [rsp+0x10],edx
    7f9f2cf12bea:	89 5c 24 14          	mov    DWORD PTR [rsp+0x14],ebx
    7f9f2cf12bee:	89 7c 24 18          	mov    DWORD PTR [rsp+0x18],edi
    7f9f2cf12bf2:	89 44 24 1c          	mov    DWORD PTR [rsp+0x1c],eax
    7f9f2cf12bf6:	44 89 44 24 20       	mov    DWORD PTR [rsp+0x20],r8d
    7f9f2cf12bfb:	44 89 6c 24 24       	mov    DWORD PTR [rsp+0x24],r13d
    7f9f2cf12c00:	44 89 4c 24 28       	mov    DWORD PTR [rsp+0x28],r9d
    7f9f2cf12c05:	4c 89 54 24 30       	mov    QWORD PTR [rsp+0x30],r10
    7f9f2cf12c0a:	44 89 74 24 2c       	mov    DWORD PTR [rsp+0x2c],r14d
    7f9f2cf12c0f:	e8 ec b6 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12c14:	be be ff ff ff       	mov    esi,0xffffffbe
    7f9f2cf12c19:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12c1d:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7f9f2cf12c22:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f9f2cf12c26:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf12c2c:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12c32:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf12c38:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12c3e:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12c44:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12c4a:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12c50:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf12c56:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12c5c:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf12c61:	45 8b d3             	mov    r10d,r11d
    7f9f2cf12c64:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7f9f2cf12c69:	c5 7a 11 7c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm15
    7f9f2cf12c6f:	e8 8c b6 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12c74:	be 76 ff ff ff       	mov    esi,0xffffff76
    7f9f2cf12c79:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12c7d:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7f9f2cf12c82:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f9f2cf12c86:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf12c8c:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12c92:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf12c98:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12c9e:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12ca4:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12caa:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12cb0:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf12cb6:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12cbc:	44 8b 54 24 48       	mov    r10d,DWORD PTR [rsp+0x48]
    7f9f2cf12cc1:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7f9f2cf12cc6:	c5 7a 11 7c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm15
    7f9f2cf12ccc:	66 66 90             	data16 xchg ax,ax
    7f9f2cf12ccf:	e8 2c b6 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12cd4:	be 76 ff ff ff       	mov    esi,0xffffff76
    7f9f2cf12cd9:	c5 f9 7e dd          	vmovd  ebp,xmm3
    7f9f2cf12cdd:	4c 8b 54 24 10       	mov    r10,QWORD PTR [rsp+0x10]
    7f9f2cf12ce2:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f9f2cf12ce6:	c5 fa 11 54 24 08    	vmovss DWORD PTR [rsp+0x8],xmm2
    7f9f2cf12cec:	c5 7a 11 54 24 0c    	vmovss DWORD PTR [rsp+0xc],xmm10
    7f9f2cf12cf2:	c5 fa 11 6c 24 10    	vmovss DWORD PTR [rsp+0x10],xmm5
    7f9f2cf12cf8:	c5 7a 11 44 24 14    	vmovss DWORD PTR [rsp+0x14],xmm8
    7f9f2cf12cfe:	c5 fa 11 64 24 18    	vmovss DWORD PTR [rsp+0x18],xmm4
    7f9f2cf12d04:	c5 fa 11 7c 24 1c    	vmovss DWORD PTR [rsp+0x1c],xmm7
    7f9f2cf12d0a:	c5 7a 11 5c 24 20    	vmovss DWORD PTR [rsp+0x20],xmm11
    7f9f2cf12d10:	c5 fa 11 74 24 24    	vmovss DWORD PTR [rsp+0x24],xmm6
    7f9f2cf12d16:	c5 7a 11 4c 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm9
    7f9f2cf12d1c:	44 8b 5c 24 48       	mov    r11d,DWORD PTR [rsp+0x48]
    7f9f2cf12d21:	45 8b d3             	mov    r10d,r11d
    7f9f2cf12d24:	44 89 54 24 3c       	mov    DWORD PTR [rsp+0x3c],r10d
    7f9f2cf12d29:	c5 7a 11 7c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm15
    7f9f2cf12d2f:	e8 cc b5 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12d34:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7f9f2cf12d39:	66 90                	xchg   ax,ax
    7f9f2cf12d3b:	e8 c0 b5 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12d40:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7f9f2cf12d45:	66 90                	xchg   ax,ax
    7f9f2cf12d47:	e8 b4 b5 a7 ff       	call   0x7f9f2c98e300
    7f9f2cf12d4c:	49 ba 7c 23 f1 2c 9f 	movabs r10,0x7f9f2cf1237c
    7f9f2cf12d53:	7f 00 00 
    7f9f2cf12d56:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
    7f9f2cf12d5d:	e9 9e c6 a7 ff       	jmp    0x7f9f2c98f400
    7f9f2cf12d62:	f4                   	hlt
    7f9f2cf12d63:	f4                   	hlt
    7f9f2cf12d64:	f4                   	hlt
    7f9f2cf12d65:	f4                   	hlt
    7f9f2cf12d66:	f4                   	hlt
    7f9f2cf12d67:	f4                   	hlt
    7f9f2cf12d68:	f4                   	hlt
    7f9f2cf12d69:	f4                   	hlt
    7f9f2cf12d6a:	f4                   	hlt
    7f9f2cf12d6b:	f4                   	hlt
    7f9f2cf12d6c:	f4                   	hlt
    7f9f2cf12d6d:	f4                   	hlt
    7f9f2cf12d6e:	f4                   	hlt
    7f9f2cf12d6f:	f4                   	hlt
    7f9f2cf12d70:	f4                   	hlt
    7f9f2cf12d71:	f4                   	hlt
    7f9f2cf12d72:	f4                   	hlt
    7f9f2cf12d73:	f4                   	hlt
    7f9f2cf12d74:	f4                   	hlt
    7f9f2cf12d75:	f4                   	hlt
    7f9f2cf12d76:	f4                   	hlt
    7f9f2cf12d77:	f4                   	hlt
    7f9f2cf12d78:	f4                   	hlt
    7f9f2cf12d79:	f4                   	hlt
    7f9f2cf12d7a:	f4                   	hlt
    7f9f2cf12d7b:	f4                   	hlt
    7f9f2cf12d7c:	f4                   	hlt
    7f9f2cf12d7d:	f4                   	hlt
    7f9f2cf12d7e:	f4                   	hlt
    7f9f2cf12d7f:	f4                   	hlt
    7f9f2cf12d80:	e9 7b 95 a8 ff       	jmp    0x7f9f2c99c300
    7f9f2cf12d85:	e8 00 00 00 00       	call   0x7f9f2cf12d8a
    7f9f2cf12d8a:	48 83 2c 24 05       	sub    QWORD PTR [rsp],0x5
    7f9f2cf12d8f:	e9 0c b9 a7 ff       	jmp    0x7f9f2c98e6a0
    7f9f2cf12d94:	f4                   	hlt
    7f9f2cf12d95:	f4                   	hlt
    7f9f2cf12d96:	f4                   	hlt
    7f9f2cf12d97:	f4                   	hlt
